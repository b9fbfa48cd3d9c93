/**
 * Capitalised words that never belong to a name: headline verbs and adverbs ("Visits",
 * "Jointly"), sentence openers and pronouns. Headlines capitalise every word, so without these
 * "BGI Group Jointly Establish Rare Disease Genomics Center" would read as one name.
 */
export const NAME_BREAKERS = new Set(
  (
    'visit visits visited visiting sign signs signed signing establish establishes established launch launches launched ' +
    'hold holds held host hosts hosted meet meets met discuss discusses discussed promote promotes promoted deepen deepens deepened ' +
    'join joins joined jointly build builds built set sets open opens opened attend attends attended receive receives received welcome ' +
    'welcomes welcomed explore explores explored strengthen strengthens strengthened expand expands expanded seek seeks sought boost boosts ' +
    'boosted start starts started unveil unveils unveiled inaugurate inaugurates inaugurated renew renews renewed reach reaches reached ' +
    'agree agrees agreed leads led lead heads headed delegation delegations talks meeting ceremony forum seminar conference symposium ' +
    'to with on in at for from by as into toward towards over under after before during while between among ' +
    'a an the this that these those its his her their our he she they it we i you ' +
    'on firstly secondly thirdly fourthly finally moreover furthermore meanwhile also then recently yesterday today ' +
    'and or but via'
  ).split(/\s+/),
);

/** All-capital words that are not organizations (parties, documents, techniques, titles). */
export const NON_ORGANIZATION_ACRONYMS = new Set(
  'CPC CCP MOU MOA LOI AI DNA RNA PCR CT MRI ICU PHD MD MBBS MSC BSC COVID SARS HIV AIDS TB NIPT IVF NGS WGS USA US UK UAE PRC EU CEO CTO CFO COO CMO VP GM IT HR ID QC GMP'.split(
    ' ',
  ),
);
