/**
 * Chinese family names in pinyin (the most common few hundred cover nearly everyone the sources
 * name). English articles of the genre write Chinese names family name first ("Li Jun"), so a
 * capitalised word from this list followed by a capitalised given name is a person.
 */
export const CHINESE_SURNAMES = new Set(
  (
    'ai an ao bai ban bao bei bi bian bo bu cai cao cen chai chang chao chen cheng chi chu cui dai dan deng di diao ding dong dou du duan ' +
    'e fan fang fei feng fu gai gan gao ge geng gong gou gu guan guo han hang hao he hong hou hu hua huan huang hui ji jia jian jiang jiao jin jing ju kang ke kong kou kuang ' +
    'lai lan lang lao lei leng li lian liang liao lin ling liu long lou lu luan luo lv lyu ma mai man mao mei meng mi miao min ming mo mou mu ' +
    'na nan ni nie ning niu nong ou ouyang pan pang pei peng pi ping pu qi qian qiang qiao qin qiu qu quan ran rao ren rong ru ruan ' +
    'sang sha shan shang shao she shen sheng shi shu shuai si sima song su sui sun tai tan tang tao teng tian tong tu wan wang wei wen weng wu ' +
    'xi xia xian xiang xiao xie xin xing xiong xu xuan xue yan yang yao ye yi yin ying yong you yu yuan yue yun zang zeng zha zhai zhan zhang zhao zhen zheng ' +
    'zhi zhong zhou zhu zhuang zhuge zhuo zi zong zou zu zuo ' +
    // Cantonese and other romanisations common in Hong Kong, Macao and Taiwan.
    'au chan cheung chow chiu chong chung fong fung ho hui kwan kwok lam lau lee leung lo lui mak ng poon siu so szeto tam tang tsang tse tsui wong woo yeung yip yuen'
  ).split(/\s+/),
);
