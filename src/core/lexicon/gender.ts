// Given names whose bearers in the news are, with few exceptions, women or men: evidence for
// which person a "she" or a "he" refers to when no honorific says it (Ms. Ruiz, Mr. Pike).
// Names borne by both (Jordan, Kim, Jean, Dana, Robin…) are in neither list. Written for
// this project from general knowledge.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export type Gender = 'male' | 'female';

const MALE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Sir|Lord|King|Prince|Father|Brother|Congressman|Councilman|Assemblyman|Alderman|Chairman|Spokesman|Businessman)\.?\s+$/u;
const FEMALE_BEFORE = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister|Mother|Congresswoman|Councilwoman|Assemblywoman|Alderwoman|Chairwoman|Spokeswoman|Businesswoman)\.?\s+$/u;

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Last letters (a–z) and first letters (A–Z) of the titles above, as bits. */
const TITLE_ENDS = bits('rdgensy', 0x61);
const TITLE_STARTS = bits('MSLKPFBCADQ', 0x41);
function bits(letters: string, base: number): number {
  let b = 0;
  for (let i = 0; i < letters.length; i++) b |= 1 << (letters.charCodeAt(i) - base);
  return b;
}

/** The gender an honorific or gendered title right before a name shows ("Ms. ", "Congressman ").
 * The expressions run on the 16 characters before the name only when those end like a title:
 * spaces, perhaps a period, and a run of ASCII letters starting and ending as some title does. */
export function honorificGender(text: string, nameStart: number): Gender | undefined {
  const from = Math.max(0, nameStart - 16);
  let w = nameStart;
  while (w > from && isSpace(text.charCodeAt(w - 1))) w--;
  if (w === nameStart) return undefined;
  if (w > from && text.charCodeAt(w - 1) === 0x2e) w--;
  const last = text.charCodeAt(w - 1) - 0x61;
  if (w === from || last < 0 || last > 25 || !(TITLE_ENDS & (1 << last))) return undefined;
  let p = w - 1;
  for (;;) {
    const c = text.charCodeAt(p - 1);
    if (p === from || !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) break;
    p--;
  }
  const first = text.charCodeAt(p) - 0x41;
  if (first < 0 || first > 25 || !(TITLE_STARTS & (1 << first))) return undefined;
  const before = text.slice(from, nameStart);
  return MALE_BEFORE.test(before) ? 'male' : FEMALE_BEFORE.test(before) ? 'female' : undefined;
}

/** The gender a given name shows, when its bearers are mostly of one. */
export function givenNameGender(given: string): Gender | undefined {
  return FEMALE_NAMES.has(given) ? 'female' : MALE_NAMES.has(given) ? 'male' : undefined;
}

export const FEMALE_NAMES = words(`
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Kimberly Emily Donna
Michelle Dorothy Carol Amanda Melissa Deborah Debbie Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna
Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia
Julie Joyce Victoria Olivia Christina Lauren Joan Evelyn Judith Megan Cheryl Hannah Martha Jacqueline Frances Gloria Ann Anne
Teresa Kathryn Sara Janice Alice Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana
Brittany Natalie Isabella Charlotte Rose Kayla Olena Yulia Yuliia Kateryna Natalia Natalya Olga Tatiana Svetlana Irina Elena
Giorgia Ursula Kaja Mette Claudia Cristina Marine Emmanuelle Annalena Angela Kamala Hillary Tulsi Kristi Nikki Alexandria Ilhan
Rashida Susie Karoline Ivanka Melania Lara Jill Gina Erica Jane Sofia Sophie Ingrid Mirela Amara Renata Beatrix Ilse Lena Priya
Ana Kellyanne Huma Chelsea Carly Megyn Katy Kayleigh Omarosa Paula Katrina Kathy Marsha Dianne Claire Kirsten Tammy Condoleezza
Madeleine Sheryl Hope Michele Melanie Tina Valerie Jeanne Loretta Maxine Sheila Stacey Stacy Kristen Kirstie Kate Katie Kathleen
Maggie Molly Ellen Eleanor Elaine Lynne Wendy Vanessa Veronica Yvonne Zoe Lucy Lydia Nora Nina Irene Iris Jenny Joanna Joanne Lindsay
Liz Beth Betsy Becky Peggy Penny Rosa Rosie Sally Sylvia Tanya Theresa Tracey Vicki Vicky Agnes Alicia Anita Annie Bonnie Carmen
Caroline Cathy Colleen Connie Dolores Edith Eileen Elise Ella Esther Eva Fatima Gabrielle Geraldine Gwen Harriet Hilary Ines Isabel
Jacinda Janine Jasmine Jeanette Jessie Jo Josephine Judi Karin Katharina Kerstin Lorraine Louise Lucia Lucinda Marcia Margarita
Marion Mariana Martina Maureen Meghan Mercedes Mia Miriam Monica Nadia Naomi Natasha Nicola Paola Pauline Rita Roberta Ruby Sabine
Sandy Selena Serena Simone Sonia Stella Susanna Suzanne Sylvie Tamara Thelma Ursula Vera Viola Yolanda Ayanna Marjorie Lisa Greta
Samira Leila Layla Aisha Yasmin Zainab Mariam Priti Indira Benazir Yingluck Corinne Delphine Teodora Hallie Marisol Miriam`);

export const MALE_NAMES = words(`
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Sean Austin Arthur Lawrence
Dylan Bryan Joe Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby
Philip Johnny Vladimir Volodymyr Dmitri Dmitry Sergei Sergey Yuri Yury Ivan Alexei Aleksei Alexey Andrei Andriy Mikhail Nikolai
Boris Viktor Oleksandr Oleksiy Mykola Petro Anatoly Igor Oleg Valery Denys Rustem Kyrylo Vitali Vitaliy Vitaly Ruslan Arseniy
Leonid Pavel Pavlo Maxim Maksym Anton Yevgeny Yevgeniy Emmanuel Olaf Friedrich Keir Rishi Pedro Jens Antonio Recep Narendra
Shinzo Fumio Mohammed Muhammad Mohammad Ahmed Hassan Hussein Omar Abdullah Khalid Salman Mahmoud Bashar Ebrahim Hossein Masoud
Abbas Ismail Yahya Yasser Naftali Yair Benny Isaac Volker Luiz Javier Nicolas Nicolás Andrés Gustavo Jair Alberto Carlos Luis
Miguel Jorge Manuel Francisco Rafael Fernando Ricardo Eduardo Marco Mario Giuseppe Giovanni Matteo Sergio Fabio Luca Paolo
Francesco Pierre Jacques François Hans Klaus Jürgen Wolfgang Helmut Heinz Karl Stefan Markus Elon Jeff Bill Tim Sundar Satya
Warren Barack Mitch Chuck Hakeem Mike Pete Kash Ted Rand Mitt Ron Vivek Gavin Bernie Rudy Rudolph Steve Tom Tony Tucker Jake Jared
Hunter Doug Merrick Antony Lloyd Xavier Alejandro Marcelo Brendan Finbarr Cliff Marc Henrik Tomas Nils Jonas Jerome Leonard
Jeb Ben Chris Reince Newt Corey Harry Rick Evan Rex Sebastian Stephen Reuben Ray Reggie Reid Rob Rod
Ronnie Sam Sonny Stan Ted Terry Todd Travis Trent Troy Vince Wade Wes Will Zach Alec Alfred Andy Barry Bart Bernard Bob Brad Brett
Bruno Calvin Cecil Chad Clarence Clark Clint Clyde Colin Craig Curtis Dale Dan Danny Darrell Dave Dean Derek Dick Don Duncan Dwight
Earl Ed Eddie Elliot Elliott Ernest Felix Floyd Fred Gene Glenn Gordon Grant Greg Guy Hal Herbert Herman Howard Hugh Ian Jim Jimmy
Joel Jon Josh Ken Kenny Kurt Lance Leo Leon Leroy Les Lou Luke Luther Malcolm Martin Marvin Matt Max Mel Milton Morris Neil
Nick Norman Oliver Oscar Otis Owen Perry Phil Preston Quentin Ralph Randall Ricky Rocco Roland Ross Rupert Russ Salvatore Seth
Shane Simon Spencer Stanley Stuart Ted Theodore Victor Wallace Wilbur Yaroslav Zbigniew Emmanuel Nigel Ahmad Ali Ehud Moshe Shimon
Yitzhak Avigdor Hamid Ashraf Okonkwo Tobias Ravi Rusty Rahm Joaquin Julian Beto Cory Nils Jonas`);
