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
