/**
 * The word lists synthetic names are made of. Real-sounding on purpose: search, name sorting and
 * alias matching then behave as they do on curated data (names repeat, acronyms collide).
 */

/** Provinces with the cities the generator places organizations in. */
export const PROVINCES: readonly { name: string; cities: readonly string[] }[] = [
  { name: 'Anhui', cities: ['Hefei', 'Wuhu', 'Bengbu', 'Fuyang'] },
  { name: 'Guangdong', cities: ['Shenzhen', 'Guangzhou', 'Zhuhai', 'Shantou'] },
  { name: 'Jiangsu', cities: ['Nanjing', 'Suzhou', 'Wuxi', 'Xuzhou'] },
  { name: 'Zhejiang', cities: ['Hangzhou', 'Ningbo', 'Wenzhou'] },
  { name: 'Hubei', cities: ['Wuhan', 'Yichang', 'Xiangyang'] },
  { name: 'Sichuan', cities: ['Chengdu', 'Mianyang', 'Luzhou'] },
  { name: 'Shandong', cities: ['Jinan', 'Qingdao', 'Yantai'] },
  { name: 'Hunan', cities: ['Changsha', 'Xiangtan', 'Hengyang'] },
  { name: 'Henan', cities: ['Zhengzhou', 'Luoyang', 'Kaifeng'] },
  { name: 'Fujian', cities: ['Fuzhou', 'Xiamen', 'Quanzhou'] },
  { name: 'Shaanxi', cities: ['Xian', 'Baoji', 'Yanan'] },
  { name: 'Liaoning', cities: ['Shenyang', 'Dalian', 'Anshan'] },
];

export const FAMILY_NAMES: readonly string[] = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Lin',
  'Gao',
  'Luo',
  'Zheng',
  'Liang',
  'Xie',
  'Song',
  'Tang',
  'Han',
  'Feng',
  'Deng',
  'Cao',
  'Peng',
  'Zeng',
  'Xiao',
  'Tian',
  'Dong',
  'Pan',
  'Yuan',
  'Cai',
  'Jiang',
  'Yu',
  'Du',
  'Ye',
  'Cheng',
  'Wei',
  'Su',
  'Lu',
  'Ding',
  'Ren',
  'Shen',
  'Yao',
  'Fan',
];

export const GIVEN_SYLLABLES: readonly string[] = [
  'wei',
  'fang',
  'lei',
  'na',
  'tao',
  'yan',
  'bo',
  'jun',
  'hua',
  'min',
  'jing',
  'li',
  'qiang',
  'xin',
  'yu',
  'hong',
  'ping',
  'gang',
  'chao',
  'kai',
  'zifa',
  'lumao',
  'jian',
  'hui',
  'ying',
  'lin',
  'feng',
  'yong',
  'jie',
  'xia',
  'mei',
  'bin',
  'hao',
  'ning',
  'rui',
  'dan',
  'qing',
];

export const HONORIFICS: readonly string[] = ['Prof.', 'Dr.', 'Mr.', 'Ms.'];

/** University name patterns; `{city}` and `{province}` are filled in. */
export const UNIVERSITY_PATTERNS: readonly string[] = [
  '{city} Medical University',
  '{city} University',
  '{city} University of Science and Technology',
  '{province} Normal University',
  '{province} University of Traditional Chinese Medicine',
  '{city} Institute of Technology',
];

export const HOSPITAL_ORDINALS: readonly string[] = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
];

export const DEPARTMENT_FIELDS: readonly string[] = [
  'Cardiology',
  'Oncology',
  'Pediatrics',
  'Neurology',
  'Radiology',
  'Pathology',
  'Genetics',
  'Public Health',
  'Pharmacy',
  'Nursing',
  'Immunology',
  'Bioinformatics',
  'Epidemiology',
  'Obstetrics and Gynecology',
  'Endocrinology',
  'Clinical Laboratory',
  'Anesthesiology',
  'Scientific Research',
  'International Cooperation',
  'Medical Education',
];

export const COMPANY_WORDS: readonly string[] = [
  'Helix',
  'Genome',
  'BioNova',
  'Sino',
  'Cathay',
  'Jade',
  'Pearl',
  'Crane',
  'Lotus',
  'Phoenix',
  'Yangtze',
  'Summit',
  'Aurora',
  'Meridian',
  'Zenith',
  'Harbor',
  'Orchid',
  'Granite',
  'Ember',
];

export const COMPANY_SUFFIXES: readonly string[] = [
  'Genomics',
  'Biotech',
  'Medical Devices',
  'Pharmaceuticals',
  'Diagnostics',
  'Health Technology',
];

export const SUBSIDIARY_KINDS: readonly { suffix: string; relation: string }[] = [
  { suffix: '{city} headquarters', relation: 'headquarters' },
  { suffix: '{city} branch', relation: 'branch' },
  { suffix: 'Research Centre', relation: 'centre' },
  { suffix: 'Sequencing Centre', relation: 'centre' },
  { suffix: 'Clinical Laboratory', relation: 'laboratory' },
];

export const INSTITUTE_FIELDS: readonly string[] = [
  'Translational Medicine',
  'Precision Medicine',
  'Biomedical Engineering',
  'Infectious Disease Control',
  'Health Policy',
  'Cancer Research',
  'Genomic Medicine',
  'Environmental Health',
];

/** Titles by organization kind; the first is the head of the organization. */
export const TITLES: Record<string, readonly string[]> = {
  UNIVERSITY: ['President', 'Vice President', 'Professor', 'Associate Professor', 'Lecturer'],
  HOSPITAL: ['President', 'Vice President', 'Chief Physician', 'Attending Physician', 'Director'],
  DEPARTMENT: ['Director', 'Deputy Director', 'Professor', 'Researcher', 'Physician'],
  PARTY_COMMITTEE: ['Secretary', 'Deputy Secretary', 'Member'],
  COMPANY: ['President', 'Chief Executive Officer', 'Chief Scientist', 'Engineer', 'Manager'],
  RESEARCH_INSTITUTE: ['Director', 'Principal Investigator', 'Researcher', 'Research Assistant'],
  GENE_BANK: ['Director', 'Curator', 'Researcher'],
  GOVERNMENT_BODY: ['Director', 'Deputy Director', 'Officer'],
};

/** Cooperation aspects with the wordings programs use for them. */
export const ASPECTS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Scientific research', aliases: ['research', 'research collaboration'] },
  { name: 'Clinical medicine', aliases: ['clinical research', 'clinical translation'] },
  { name: 'Joint education', aliases: ['education', 'training'] },
  { name: 'Gene pool construction', aliases: ['biobanking', 'gene pool'] },
  { name: 'Talent exchange', aliases: ['staff exchange', 'visiting scholars'] },
  { name: 'Technology transfer', aliases: ['commercialisation'] },
  { name: 'Public health services', aliases: ['health services'] },
  { name: 'Data sharing', aliases: ['data platform'] },
  { name: 'Equipment sharing', aliases: ['shared facilities'] },
  { name: 'Industrialisation', aliases: ['industrial cooperation'] },
  { name: 'International exchange', aliases: ['international cooperation'] },
  { name: 'Precision medicine', aliases: ['precision health'] },
];

/** Disease areas with their other wordings. */
export const DISEASE_AREAS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Cancer', aliases: ['oncology', 'cancer screening'] },
  { name: 'Birth defects', aliases: ['birth defects control and prevention'] },
  { name: 'Infectious diseases', aliases: ['infection'] },
  { name: 'Cardiovascular and metabolic diseases', aliases: ['cardiovascular diseases'] },
  { name: 'Diabetes', aliases: ['diabetes mellitus'] },
  { name: 'Hereditary diseases', aliases: ['genetic disorders'] },
  { name: 'Neurodegenerative diseases', aliases: ['dementia'] },
  { name: 'Respiratory diseases', aliases: ['lung disease'] },
  { name: 'Rare diseases', aliases: ['orphan diseases'] },
  { name: 'Mental health', aliases: ['psychiatry'] },
  { name: 'Tuberculosis', aliases: ['TB'] },
  { name: 'Hepatitis', aliases: ['liver disease'] },
  { name: 'Stroke', aliases: ['cerebrovascular disease'] },
  { name: 'Kidney diseases', aliases: ['nephrology'] },
  { name: 'Maternal and child health', aliases: ['maternal health'] },
  { name: 'Autoimmune diseases', aliases: ['immune disorders'] },
  { name: 'Eye diseases', aliases: ['ophthalmology'] },
  { name: 'Hearing loss', aliases: ['deafness'] },
  { name: 'Obesity', aliases: ['overweight'] },
  { name: 'Aging', aliases: ['healthy ageing'] },
];

export const PROGRAM_SUBJECTS: readonly string[] = [
  'Precision Medicine',
  'Genomic Medicine',
  'Cancer Screening',
  'Birth Defects Prevention',
  'Clinical Research',
  'Joint Education',
  'Biobank',
  'Medical Imaging',
  'Public Health',
  'Rare Disease',
  'Telemedicine',
  'Vaccine Development',
  'Health Data',
  'Translational Medicine',
];

export const PROGRAM_KIND_NAMES: Record<string, string> = {
  AGREEMENT: 'Framework Agreement on',
  CENTER: 'Joint Centre for',
  EDUCATION: 'Joint Training Programme in',
  COLLABORATION: 'Collaboration on',
  OTHER: 'Initiative on',
};

export const PRINCIPLES: readonly string[] = [
  'co-construction and co-ownership',
  'mutual benefit and complementary advantages',
  'openness and sharing',
  'equality and mutual trust',
];
