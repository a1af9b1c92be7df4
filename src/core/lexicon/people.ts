// Words around person names: titles and honorifics (never part of the span), and common
// first names (evidence that a capitalized pair is a person). Written for this project.

/** Titles, honorifics and roles that precede a name but are not part of it. */
export const TITLES = new Set(`Mr Mrs Ms Mx Dr Prof Sir Dame Lord Lady Rev Fr Sen Rep Gov Gen Lt Col Capt Sgt Maj Adm Cmdr Cpl Pvt
Sens Reps Govs Gens Messrs Mmes Presidents Senators Governors Mayors Ministers Generals St Pope Saint King Queen Prince Princess Sheikh Emir Sultan Ayatollah Imam Rabbi Cardinal Bishop Archbishop
President Vice Prime Minister Chancellor Premier Secretary Ambassador Senator Representative Congressman Congresswoman Governor Mayor
Judge Justice Chief Director Chairman Chairwoman Chair Commissioner Speaker Leader Minority Majority Deputy Assistant Attorney General
Admiral Colonel Captain Sergeant Lieutenant Major Corporal Private Officer Detective Inspector Professor Doctor Coach Pastor Father
Sister Brother Mother Dean Councilman Councilwoman Councilor Comptroller Treasurer Spokesman Spokeswoman Spokesperson Envoy Special
Foreign Defense Defence Finance Interior Economy Health Justice Education Energy State Homeland National Security Adviser Advisor
Former Acting Interim Incoming Outgoing Then-President Mrs. Mr. Ms. Dr. CEO Executive Founder Anchor Correspondent Reporter Editor Officer
Commander Marshal Field Grand Duke Duchess Baron Baroness Count Countess Crown Her His Highness Majesty Excellency Honorable Hon
Chairperson Vice-President First Lady Gentleman Herr Frau Monsieur Madame Señor Senor Signor Dr.`.split(/\s+/));

/** Common given names across languages seen in international news. */
export const FIRST_NAMES = new Set(`
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence
Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell
Elijah Louis Bobby Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl
Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy
Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla
Vladimir Volodymyr Dmitri Dmitry Sergei Sergey Yuri Yury Ivan Alexei Aleksei Alexey Andrei Andriy Mikhail Nikolai Boris Viktor
Oleksandr Olena Oleksiy Mykola Petro Yulia Yuliia Kateryna Natalia Natalya Olga Tatiana Svetlana Irina Anatoly Igor Oleg Valery
Maria Elena Denys Rustem Kyrylo Vitali Vitaliy Vitaly Ruslan Arseniy Leonid Pavel Pavlo Maxim Maksym Anton Yevgeny Yevgeniy
Emmanuel Olaf Friedrich Angela Keir Rishi Boris Giorgia Pedro Mark Justin Ursula Kaja Jens Mette Antonio Recep Benjamin Xi Li
Narendra Shinzo Fumio Yoon Kim Mohammed Muhammad Mohammad Ahmed Ali Hassan Hussein Omar Abdullah Khalid Salman Mahmoud Bashar
Recep Ebrahim Hossein Masoud Abbas Ismail Yahya Yasser Naftali Yair Benny Isaac Volker Luiz Lula Javier Nicolas Nicolás Claudia
Andrés Gustavo Jair Cristina Alberto Carlos Luis Miguel Jorge Pedro Manuel Francisco Antonio Rafael Fernando Ricardo Eduardo
Marco Mario Giuseppe Giovanni Matteo Sergio Fabio Luca Paolo Francesco Jean Pierre Jacques François Marine Nicolas Emmanuelle
Hans Klaus Jürgen Wolfgang Helmut Heinz Karl Stefan Markus Annalena Christian Robert Olaf Frank Hu Wang Zhang Liu Chen Yang
Elon Jeff Bill Tim Sundar Satya Sam Mark Warren Jamie Larry Sergey Jensen Kamala Hillary Barack Nancy Mitch Chuck Hakeem
Kevin Mike Marco Pete Tulsi Kash Kristi Lindsey Ted Rand Mitt Ron Nikki Vivek Gavin Bernie Elizabeth Alexandria Ilhan Rashida
Rudy Rudolph Steve Stephen Susie Karoline Tom Tony Tucker Sean Jake Jared Ivanka Melania Eric Lara Hunter Jill Doug Merrick
Antony Lloyd Jake Janet Gina Xavier Pete Alejandro Miguel Marcelo Tyler Brendan Finbarr Cliff Erica Marc Anatoly Jane Alan
Sofia Sophie Ingrid Henrik Tomas Pavel Mirela Nils Jonas Amara Renata Beatrix Ilse Lena Jerome Priya Dana Leonard Ana
Nancy Scott Steve Michael John Daniel Alexander Kateryna Volodymyr Marco Pete Dmitri Yuri Karoline Doug Ivan Joe Barack Lindsey`.split(/\s+/).filter(Boolean));

/** People often named by surname alone, with the full name that makes their canonical entity. */
export const WELL_KNOWN_PEOPLE = `Donald Trump|Joe Biden|Barack Obama|George W. Bush|George H. W. Bush|Jeb Bush|Bill Clinton|Hillary Clinton|Kamala Harris|
JD Vance|Mike Pence|Vladimir Putin|Volodymyr Zelensky|Xi Jinping|Emmanuel Macron|Olaf Scholz|Friedrich Merz|Angela Merkel|
Keir Starmer|Rishi Sunak|Boris Johnson|Giorgia Meloni|Pedro Sánchez|Justin Trudeau|Mark Carney|Narendra Modi|Benjamin Netanyahu|
Recep Tayyip Erdogan|Ursula von der Leyen|Mark Rutte|Jens Stoltenberg|Antonio Guterres|Elon Musk|Marco Rubio|Pete Hegseth|
Dmitry Peskov|Sergey Lavrov|Kim Jong Un|Nancy Pelosi|Mitch McConnell|Chuck Schumer|Mike Johnson|Hakeem Jeffries|
Lula da Silva|Javier Milei|Claudia Sheinbaum|Ali Khamenei|Mohammed bin Salman|Pope Francis|Pope Leo XIV|Steve Witkoff|
Scott Bessent|Karoline Leavitt|Tulsi Gabbard|Kash Patel|Alexei Navalny|Yevgeny Prigozhin|Viktor Orban|Andrzej Duda`
  .split('|')
  .map((s) => s.trim());
