import type { PlaceKind } from '../../domain/vocabularies';

/** A place the genre names often: its display name, kind and the place it lies in. */
export interface KnownPlace {
  name: string;
  kind: PlaceKind;
  /** Names it is also written as ("Anhui" for Anhui Province). */
  aliases: string[];
}

const provinces =
  'Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu Jiangxi Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang'.split(
    ' ',
  );
const regions = ['Guangxi', 'Inner Mongolia', 'Ningxia', 'Tibet', 'Xinjiang'];
const municipalities = [
  'Beijing',
  'Shanghai',
  'Tianjin',
  'Chongqing',
  'Hong Kong',
  'Macao',
  'Macau',
  'Taiwan',
];
const chineseCities = (
  "Hefei,Wuhu,Bengbu,Huainan,Ma'anshan,Huaibei,Tongling,Anqing,Huangshan,Chuzhou,Fuyang,Suzhou,Lu'an,Bozhou,Chizhou,Xuancheng,Chaohu," +
  'Shenzhen,Guangzhou,Dongguan,Foshan,Zhuhai,Shantou,Hangzhou,Ningbo,Wenzhou,Nanjing,Wuxi,Changzhou,Nantong,Xuzhou,Wuhan,Changsha,Chengdu,' +
  "Xi'an,Zhengzhou,Jinan,Qingdao,Yantai,Shenyang,Dalian,Harbin,Changchun,Kunming,Guiyang,Nanning,Haikou,Sanya,Fuzhou,Xiamen,Nanchang," +
  'Lanzhou,Xining,Yinchuan,Urumqi,Lhasa,Hohhot,Taiyuan,Shijiazhuang,Tangshan,Baoding,Luoyang,Zhuzhou,Yichang,Mianyang,Zunyi,Dali,Lijiang,Taipei'
).split(',');
const countries = (
  'China,Sweden,Denmark,Norway,Finland,Iceland,Germany,France,Italy,Spain,Portugal,Netherlands,Belgium,Switzerland,Austria,Poland,Czech Republic,Hungary,Greece,' +
  'Ireland,United Kingdom,UK,Britain,England,Scotland,Russia,Ukraine,Turkey,Israel,Iran,Saudi Arabia,United Arab Emirates,UAE,Qatar,Egypt,Kenya,Ethiopia,Nigeria,Ghana,' +
  'South Africa,Tanzania,Uganda,Morocco,India,Pakistan,Bangladesh,Sri Lanka,Nepal,Thailand,Vietnam,Cambodia,Laos,Myanmar,Malaysia,Singapore,Indonesia,Philippines,' +
  'Japan,South Korea,Korea,Mongolia,Kazakhstan,Uzbekistan,Australia,New Zealand,Canada,United States,USA,U.S.,America,Mexico,Brazil,Argentina,Chile,Peru,Colombia,Cuba'
).split(',');
const worldCities = (
  'Stockholm,Uppsala,Gothenburg,Copenhagen,Aarhus,Oslo,Helsinki,Berlin,Munich,Heidelberg,Hamburg,Frankfurt,Paris,Lyon,Rome,Milan,Madrid,Barcelona,Lisbon,' +
  'Amsterdam,Leiden,Rotterdam,Brussels,Leuven,Geneva,Zurich,Basel,Lausanne,Vienna,Warsaw,Prague,Budapest,Athens,Dublin,London,Cambridge,Oxford,Edinburgh,' +
  'Manchester,Moscow,Istanbul,Tel Aviv,Dubai,Abu Dhabi,Doha,Riyadh,Cairo,Nairobi,Addis Ababa,Lagos,Accra,Johannesburg,Cape Town,Mumbai,New Delhi,Delhi,Bangalore,' +
  'Karachi,Dhaka,Colombo,Kathmandu,Bangkok,Hanoi,Ho Chi Minh City,Phnom Penh,Vientiane,Yangon,Kuala Lumpur,Jakarta,Manila,Tokyo,Osaka,Kyoto,Seoul,Busan,' +
  'Ulaanbaatar,Astana,Tashkent,Sydney,Melbourne,Brisbane,Perth,Adelaide,Auckland,Toronto,Vancouver,Montreal,Ottawa,New York,Boston,Baltimore,Washington,' +
  'Chicago,Houston,San Francisco,Los Angeles,San Diego,Seattle,Philadelphia,Mexico City,Sao Paulo,Rio de Janeiro,Buenos Aires,Santiago,Lima,Bogota,Havana'
).split(',');

const COUNTRY_ALIASES: Record<string, string> = {
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  USA: 'United States',
  'U.S.': 'United States',
  America: 'United States',
  UAE: 'United Arab Emirates',
  Korea: 'South Korea',
  Macau: 'Macao',
};

/**
 * Places of China and of the partners abroad, by every name the gazetteer knows (lower case):
 * provinces as "Anhui Province" with "Anhui" as an alias, cities, countries.
 */
export const KNOWN_PLACES: Map<string, KnownPlace> = (() => {
  const places = new Map<string, KnownPlace>();
  const add = (place: KnownPlace, ...names: string[]) => {
    for (const name of [place.name, ...names]) places.set(name.toLowerCase(), place);
  };
  for (const name of provinces)
    add({ name: `${name} Province`, kind: 'PROVINCE', aliases: [name] }, name);
  for (const name of regions) add({ name, kind: 'PROVINCE', aliases: [] });
  for (const name of municipalities) {
    const canonical = COUNTRY_ALIASES[name] ?? name;
    add({ name: canonical, kind: 'CITY', aliases: canonical === name ? [] : [name] }, name);
  }
  for (const name of [...chineseCities, ...worldCities]) add({ name, kind: 'CITY', aliases: [] });
  for (const name of countries) {
    const canonical = COUNTRY_ALIASES[name] ?? name;
    const existing = places.get(canonical.toLowerCase());
    const place = existing ?? { name: canonical, kind: 'COUNTRY' as const, aliases: [] };
    if (canonical !== name) place.aliases.push(name);
    add(place, name);
  }
  return places;
})();

/** The longest gazetteer name, in words: how far a look-up needs to read ahead. */
export const LONGEST_PLACE_WORDS = 4;
