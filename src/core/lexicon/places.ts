// Place names: countries (with the aliases that name the same country), US states,
// capitals and major cities, and regions. Canonical name first, aliases after "=".
// Written for this project from general knowledge.

const COUNTRIES = `
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina=Bosnia|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|
China=People's Republic of China=PRC|Colombia|Comoros|Congo=Democratic Republic of Congo=Democratic Republic of the Congo=DRC=DR Congo|
Costa Rica|Croatia|Cuba|Cyprus|Czech Republic=Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor=Timor-Leste|Ecuador|
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini=Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|
Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast=Côte d'Ivoire|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar=Burma|Namibia|Nauru|Nepal|Netherlands=Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia=Macedonia|
Norway|Oman|Pakistan|Palau|Palestine=Palestinian Territories|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Qatar|Romania|Russia=Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea=Korea|South Sudan|Spain|Sri Lanka|
Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|
Turkey=Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates=UAE=U.A.E.|United Kingdom=U.K.=UK=Britain=Great Britain|
United States=United States of America=U.S.=US=USA=U.S.A.=America|Uruguay|Uzbekistan|Vanuatu|Vatican City=Vatican|Venezuela|
Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|Hong Kong|Macau|Gaza=Gaza Strip|
West Bank|Crimea|Tibet|Chechnya|Kurdistan|Transnistria|Abkhazia|Catalonia|Quebec|Bavaria|Siberia`;

const US_STATES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|
N.Y.|N.J.|Calif.|Fla.|Mass.|Ill.|Pa.|Va.|Md.|Conn.|Mich.|Ga.|Ariz.|Colo.|Minn.|Wis.|Tenn.|Ky.|La.|Ala.|Okla.|Ore.|Wash.|
N.C.|S.C.|N.H.|N.M.|N.D.|S.D.|R.I.|W.Va.|Nev.|Neb.|Kan.|Ark.|Del.|Vt.|Ind.|Mont.|Wyo.`;

const CITIES = `
New York=New York City=N.Y.C.|Washington=Washington D.C.=Washington, D.C.|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|
San Diego|Dallas|San Francisco|Boston|Seattle|Miami|Atlanta|Detroit|Denver|Las Vegas|Baltimore|Pittsburgh|Cleveland|
New Orleans|Minneapolis|St. Louis|Nashville|Austin|Portland|Sacramento|Palm Beach|Mar-a-Lago|Silicon Valley|Wall Street|
Hollywood|Brooklyn|Manhattan|Queens|Bronx|Harlem|Anchorage|Honolulu|Tampa|Orlando|Charlotte|Cincinnati|Milwaukee|
Kansas City|Indianapolis|Columbus|Memphis|Louisville|Richmond|Albany|Newark|Oakland|
Moscow|Kyiv=Kiev|Kharkiv=Kharkov|Odesa=Odessa|Lviv|Dnipro|Zaporizhzhia|Kherson|Mariupol|Bakhmut|Avdiivka|Pokrovsk|Sumy|
Zhytomyr|Chernihiv|Mykolaiv|Donetsk|Luhansk|Kursk|Belgorod|Bryansk|Sevastopol|St. Petersburg=Saint Petersburg|Minsk|
London|Paris|Berlin|Rome|Madrid|Barcelona|Lisbon|Brussels|Amsterdam|The Hague|Vienna|Prague|Warsaw|Budapest|Bucharest|
Sofia|Athens|Istanbul|Ankara|Belgrade|Zagreb|Bratislava|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Dublin|
Edinburgh|Geneva|Zurich|Munich|Frankfurt|Hamburg|Milan|Naples|Venice|Florence|Marseille|Lyon|Davos|Strasbourg|Luxembourg City|
Beijing|Shanghai|Hong Kong|Shenzhen|Guangzhou|Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Delhi=New Delhi|Mumbai|Kolkata|
Bangalore|Chennai|Karachi|Islamabad|Lahore|Kabul|Tehran|Baghdad|Damascus|Aleppo|Beirut|Amman|Jerusalem|Tel Aviv|
Gaza City|Rafah|Ramallah|Cairo|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Tripoli|Tunis|Algiers|Rabat|Casablanca|
Khartoum|Addis Ababa|Nairobi|Lagos|Abuja|Accra|Dakar|Kinshasa|Johannesburg|Cape Town|Pretoria|Harare|Kampala|
Mexico City|Havana|Caracas|Bogota=Bogotá|Lima|Santiago|Buenos Aires|Sao Paulo=São Paulo|Rio de Janeiro|Brasilia=Brasília|
Montevideo|Quito|Panama City|Ottawa|Toronto|Montreal|Vancouver|Sydney|Melbourne|Canberra|Auckland|Wellington|
Bangkok|Hanoi|Ho Chi Minh City|Manila|Jakarta|Kuala Lumpur|Singapore|Yangon|Dhaka|Colombo|Kathmandu|Tashkent|Almaty|
Astana|Baku|Tbilisi|Yerevan|Chisinau|Vladivostok|Novosibirsk|Yekaterinburg|Grozny|Sochi|Minneapolis|Anchorage|Alaska`;

const REGIONS = `
Europe|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Asia|Central Asia|East Asia|
South Asia|Southeast Asia|Middle East|Near East|Far East|Africa|North Africa|West Africa|East Africa|Sub-Saharan Africa|
Latin America|South America|North America|Central America|Caribbean|Arctic|Antarctica|Antarctic|Pacific|Atlantic|
Indian Ocean|Mediterranean|Black Sea|Baltic|Baltics|Balkans|Scandinavia|Caucasus|Persian Gulf|Gulf|Red Sea|
Donbas=Donbass|Kursk Oblast|Crimean Peninsula|Sinai|Golan Heights|Kashmir|Xinjiang|Sahel|Levant|West|Midwest|
Great Plains|New England|Eurasia|Indo-Pacific|Horn of Africa|Strait of Hormuz|Taiwan Strait|South China Sea|
Sea of Azov|Dnieper|Ukraine's east|Northeast|Southwest|Pacific Northwest|Appalachia|Bay Area|Gulf Coast`;

export interface PlaceEntry { name: string; canonical: string }

function entries(block: string): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  for (const group of block.split('|')) {
    const names = group.trim().split('=').map((s) => s.trim()).filter(Boolean);
    for (const name of names) out.push({ name, canonical: names[0] });
  }
  return out;
}

export const COUNTRY_NAMES = entries(COUNTRIES);
export const PLACE_NAMES: PlaceEntry[] = [...COUNTRY_NAMES, ...entries(US_STATES), ...entries(CITIES), ...entries(REGIONS)];

/** Final words that make a capitalized sequence a place ("Fenwick Hollow", "Larch County"). */
export const PLACE_SUFFIXES = new Set(`Valley River Street Avenue Road Square Park County City Town Village Lake Mountain Mountains Island
Islands Bay Sea Ocean Beach Hollow Falls Heights Hills Hill Creek Springs Harbor Harbour Port Canyon Desert Forest Coast Peninsula Gulf
Strait Province Region District Oblast Reservoir Dam Bridge Airport Station Plaza Hall Basin Delta Plain Plains Ridge Point Cape Oasis`.split(/\s+/));
