// Organization names: international bodies, governments' institutions, news outlets,
// companies and platforms often in the news. Canonical name first, aliases after "=".
// Written for this project from general knowledge.

const INTERNATIONAL = `
United Nations=U.N.=UN|United Nations Security Council=U.N. Security Council=UN Security Council=Security Council|
United Nations General Assembly=General Assembly|NATO=North Atlantic Treaty Organization|European Union=E.U.=EU|
European Commission|European Parliament|European Council|European Central Bank=ECB|International Monetary Fund=I.M.F.=IMF|
World Bank|World Trade Organization=W.T.O.=WTO|World Health Organization=W.H.O.=WHO|International Criminal Court=I.C.C.=ICC|
International Court of Justice|International Atomic Energy Agency=I.A.E.A.=IAEA|OPEC|OPEC+|G7=G-7|G20=G-20|BRICS|ASEAN|
African Union|Arab League|Council of Europe|OSCE=Organization for Security and Co-operation in Europe|Red Cross=International Committee of the Red Cross|
Amnesty International|Human Rights Watch|Doctors Without Borders|Greenpeace|UNICEF|UNESCO|UNHCR|Interpol|FIFA|
International Olympic Committee=IOC|Hamas|Hezbollah|Taliban|Islamic State=ISIS=ISIL|Al Qaeda=al-Qaeda|Houthis|Wagner=Wagner Group`;

const GOVERNMENT = `
White House|Kremlin|Pentagon|State Department=U.S. State Department|Defense Department=Department of Defense|
Justice Department=Department of Justice=DOJ|Treasury Department=Treasury|Department of Homeland Security=Homeland Security|
Commerce Department|Congress|Senate|House of Representatives|House|Supreme Court|Federal Reserve=Fed|
CIA=C.I.A.|FBI=F.B.I.|NSA=N.S.A.|National Security Council=N.S.C.|Department of Government Efficiency=DOGE|
Securities and Exchange Commission=S.E.C.=SEC|Federal Trade Commission=F.T.C.=FTC|Environmental Protection Agency=E.P.A.=EPA|
Internal Revenue Service=I.R.S.=IRS|Centers for Disease Control and Prevention=C.D.C.=CDC|Food and Drug Administration=F.D.A.=FDA|
NASA|Census Bureau|Bureau of Labor Statistics|Republican Party=G.O.P.=GOP|Democratic Party|Republican National Committee|
Democratic National Committee|Labour Party|Conservative Party|Downing Street|Elysee=Élysée|Bundestag|Duma=State Duma|
Verkhovna Rada=Rada|Knesset|Parliament|Politburo|Chinese Communist Party|Communist Party|Foreign Ministry|Defense Ministry|
Ministry of Defense|Ministry of Foreign Affairs|SBU|FSB|GRU|Mossad|MI6|MI5|Scotland Yard|Bank of England|Bank of Japan|
People's Liberation Army|Red Army|Joint Chiefs of Staff|Marine Corps|National Guard|Coast Guard|Air Force|Navy|Army`;

const MEDIA = `
The New York Times=New York Times=The Times=NYT|The Washington Post=Washington Post|The Wall Street Journal=Wall Street Journal=WSJ|
Associated Press=The Associated Press=AP=A.P.|Reuters|Agence France-Presse=AFP|Bloomberg|Bloomberg News|CNN|BBC|NBC|CBS|ABC|
ABC News|NBC News|CBS News|Fox News|MSNBC|NPR|PBS|Al Jazeera|Politico|Axios|The Guardian|The Economist|Financial Times|
The Atlantic|The New Yorker|Los Angeles Times|USA Today|Newsweek|Time|The Hill|Tass|RIA Novosti|Interfax|RT|Sky News|
ITV News|Deutsche Welle|Le Monde|Der Spiegel|Kyiv Independent|Ukrainska Pravda|Xinhua|The Telegraph|The Independent|
Daily Mail|New York Post|Semafor|ProPublica|Vox|HuffPost|BuzzFeed News|Yahoo News|Getty Images|Agence France Presse`;

const COMPANIES = `
Facebook|Meta|Google|Alphabet|Apple|Amazon|Microsoft|Tesla|SpaceX|X|Twitter|Truth Social|TikTok|ByteDance|Instagram|
WhatsApp|Telegram|YouTube|Netflix|Nvidia|Intel|OpenAI|Anthropic|Samsung|Huawei|Sony|Toyota|Volkswagen|Boeing|Airbus|
Lockheed Martin|Raytheon|General Motors=GM|Ford|Exxon=ExxonMobil=Exxon Mobil|Chevron|Shell|BP|Gazprom|Rosneft|Aramco|
Goldman Sachs|JPMorgan=JPMorgan Chase|Morgan Stanley|Citigroup|BlackRock|Walmart|Starlink|Uber|Disney|Pfizer|Moderna|
Eurasia Group|Brookings Institution|Carnegie Endowment for International Peace|Council on Foreign Relations|RAND Corporation=RAND|
Heritage Foundation|Institute for the Study of War|Atlantic Council|Chatham House|Munich Security Conference|
Harvard=Harvard University|Yale|Stanford|Columbia University|Princeton|M.I.T.=MIT|Oxford|Cambridge`;

/** Final words that make a capitalized sequence an organization ("Voltaris Energy", "Labour Party"). */
export const ORGANIZATION_SUFFIXES = new Set(`Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC plc AG SA GmbH NV Group Holdings Company
Corporation Industries Partners Capital Bank Fund Foundation Institute Institution Association Society Council Committee Commission
Agency Authority Bureau Department Ministry Office Service Services Party Union League Alliance Federation Coalition Front Movement
Organization Organisation University College School Academy Hospital Clinic Center Centre Network News Times Post Journal Press Media
Television Radio Airlines Airways Motors Energy Power Oil Gas Petroleum Systems Technologies Technology Labs Pharmaceuticals Bancorp
Trust Exchange Board Court Parliament Assembly Congress Senate Army Navy Force Forces Guard Police Team Club FC United Church Mission
Conference Forum Fed Reserve Securities Insurance Motors Foods Brands Entertainment Studios Records Publishing Institute Lab Initiative
Research Wire Ledger Gazette Herald Tribune Chronicle Courier Observer Sentinel Examiner Enquirer Inquirer Dispatch Bulletin Telegraph
Review Daily Weekly Consulting Advisors Analytics Strategies Ventures Associates`.split(/\s+/));

export interface OrgEntry { name: string; canonical: string }

function entries(block: string): OrgEntry[] {
  const out: OrgEntry[] = [];
  for (const group of block.split('|')) {
    const names = group.trim().split('=').map((s) => s.trim()).filter(Boolean);
    for (const name of names) out.push({ name, canonical: names[0] });
  }
  return out;
}

export const ORGANIZATION_NAMES: OrgEntry[] = [...entries(INTERNATIONAL), ...entries(GOVERNMENT), ...entries(MEDIA), ...entries(COMPANIES)];
/** Publication names whose leading "The" belongs to the name. */
export const PUBLICATIONS_WITH_THE = new Set(entries(MEDIA).map((e) => e.name).filter((n) => n.startsWith('The ')));
