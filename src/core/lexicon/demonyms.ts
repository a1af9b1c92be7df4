// Nationality and group adjectives: never actors themselves (guidelines: "Russian" is not an
// actor), though they often start organization names ("Russian Foreign Ministry").
export const DEMONYMS = new Set(`American Americans Russian Russians Ukrainian Ukrainians European Europeans British Briton Britons English
French German Germans Italian Italians Spanish Spaniard Portuguese Dutch Belgian Swiss Austrian Polish Pole Poles Czech Slovak Hungarian
Romanian Bulgarian Serbian Serb Serbs Croatian Croat Bosnian Greek Greeks Turkish Turk Turks Swedish Swede Norwegian Danish Finnish
Estonian Latvian Lithuanian Belarusian Georgian Armenian Azerbaijani Kazakh Uzbek Chinese Japanese Korean Korean North-Korean Indian
Indians Pakistani Pakistanis Afghan Afghans Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese Israeli Israelis Palestinian
Palestinians Jordanian Egyptian Egyptians Saudi Saudis Emirati Qatari Yemeni Libyan Tunisian Algerian Moroccan Nigerian Kenyan
Ethiopian Somali Sudanese South-African African Africans Asian Asians Arab Arabs Mexican Mexicans Canadian Canadians Brazilian
Argentine Argentinian Chilean Colombian Venezuelan Cuban Cubans Peruvian Australian Australians Irish Scottish Welsh Western
Eastern Soviet Nazi Nazis Kurdish Kurds Jewish Jews Muslim Muslims Christian Christians Catholic Catholics Sunni Shiite Shia
Republican Republicans Democrat Democrats Democratic Conservative Conservatives Liberal Liberals Socialist Communist Communists
Latino Latinos Hispanic Taiwanese Vietnamese Thai Filipino Indonesian Malaysian Mongolian Chechen Crimean Tatar Baltic Nordic
Scandinavian Slavic Anglo Transatlantic Atlantic Arabic Persian Hebrew Russian-speaking Ukrainian-born Moscow-based Kyiv-based
Black White Brown Indigenous Native Hispanics Latina Latinas New Yorker Texan Californian Floridian Washingtonian Muscovite Londoner Parisian Berliner Eurasian Balkan Caucasian Baltics`.split(/\s+/));

/** Nationality adjectives and the country each names, as the places lexicon writes it
 * ("the Ukrainian leader" → Ukraine). */
export const DEMONYM_COUNTRIES = new Map<string, string>(
  `American=United States|Russian=Russia|Ukrainian=Ukraine|British=United Kingdom|English=England|French=France|German=Germany|
Italian=Italy|Spanish=Spain|Portuguese=Portugal|Dutch=Netherlands|Belgian=Belgium|Swiss=Switzerland|Austrian=Austria|Polish=Poland|
Czech=Czech Republic|Slovak=Slovakia|Hungarian=Hungary|Romanian=Romania|Bulgarian=Bulgaria|Serbian=Serbia|Croatian=Croatia|
Bosnian=Bosnia and Herzegovina|Greek=Greece|Turkish=Turkey|Swedish=Sweden|Norwegian=Norway|Danish=Denmark|Finnish=Finland|
Estonian=Estonia|Latvian=Latvia|Lithuanian=Lithuania|Belarusian=Belarus|Georgian=Georgia|Armenian=Armenia|Azerbaijani=Azerbaijan|
Kazakh=Kazakhstan|Uzbek=Uzbekistan|Chinese=China|Japanese=Japan|Indian=India|Pakistani=Pakistan|Afghan=Afghanistan|Iranian=Iran|
Iraqi=Iraq|Syrian=Syria|Lebanese=Lebanon|Israeli=Israel|Palestinian=Palestine|Jordanian=Jordan|Egyptian=Egypt|Saudi=Saudi Arabia|
Emirati=United Arab Emirates|Qatari=Qatar|Yemeni=Yemen|Libyan=Libya|Tunisian=Tunisia|Algerian=Algeria|Moroccan=Morocco|
Nigerian=Nigeria|Kenyan=Kenya|Ethiopian=Ethiopia|Somali=Somalia|Sudanese=Sudan|Mexican=Mexico|Canadian=Canada|Brazilian=Brazil|
Argentine=Argentina|Argentinian=Argentina|Chilean=Chile|Colombian=Colombia|Venezuelan=Venezuela|Cuban=Cuba|Peruvian=Peru|
Australian=Australia|Irish=Ireland|Scottish=Scotland|Welsh=Wales|Taiwanese=Taiwan|Vietnamese=Vietnam|Thai=Thailand|
Filipino=Philippines|Indonesian=Indonesia|Malaysian=Malaysia|Mongolian=Mongolia|Soviet=Soviet Union`
    .split('|')
    .map((pair) => pair.trim().split('=') as [string, string]),
);
