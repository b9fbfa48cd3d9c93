/**
 * Terms a draft proposes when the graph's vocabulary has none for them: the genre's usual
 * cooperation aspects and disease areas, each with the wordings that name it. The graph's own
 * terms (read with their aliases) always come first; these only fill the gaps.
 */
export interface ProposedTerm {
  vocabulary: 'aspect' | 'diseaseArea';
  name: string;
  aliases: string[];
}

const aspect = (name: string, ...aliases: string[]): ProposedTerm => ({
  vocabulary: 'aspect',
  name,
  aliases,
});
const area = (name: string, ...aliases: string[]): ProposedTerm => ({
  vocabulary: 'diseaseArea',
  name,
  aliases,
});

export const PROPOSED_TERMS: ProposedTerm[] = [
  aspect(
    'Scientific research',
    'research',
    'research collaboration',
    'collaborative research',
    'joint research',
    'medical research',
    'basic research',
  ),
  aspect(
    'Clinical medicine',
    'clinical research',
    'clinical translation',
    'clinical practice',
    'clinical application',
    'clinical services',
  ),
  aspect(
    'Joint education',
    'education',
    'training',
    'talent training',
    'personnel training',
    'joint educational project',
    'joint training',
    'medical education',
    'postgraduate education',
  ),
  aspect('Gene pool construction', 'gene bank', 'biobanking', 'gene pool', 'biobank'),
  aspect(
    'Academic exchange',
    'academic exchanges',
    'exchange visits',
    'visiting scholars',
    'student exchange',
    'faculty exchange',
  ),
  aspect(
    'Technology transfer',
    'industrialization',
    'commercialization',
    'translation of research results',
  ),
  aspect('Public health', 'disease prevention and control', 'health management'),
  area('Birth defects', 'birth defects control and prevention', 'birth defect'),
  area(
    'Cancer',
    'cancer screening',
    'oncology',
    'tumor',
    'tumors',
    'tumour',
    'tumours',
    'hereditary tumors',
    'cancer epidemiology',
  ),
  area(
    'Infectious and contagious diseases',
    'infectious diseases',
    'contagious diseases',
    'infectious disease',
  ),
  area(
    'Cardiovascular and metabolic diseases',
    'cardiovascular diseases',
    'metabolic diseases',
    'cardiovascular disease',
  ),
  area('Rare diseases', 'rare disease'),
  area('Hearing loss', 'hereditary hearing loss', 'deafness'),
  area(
    'Reproductive health',
    'reproductive medicine',
    'assisted reproduction',
    'infertility',
    'prenatal diagnosis',
    'prenatal testing',
    'non-invasive prenatal testing',
  ),
  area(
    'Neurological diseases',
    'neurodegenerative diseases',
    'neurological disorders',
    "alzheimer's disease",
    "parkinson's disease",
  ),
  area('Diabetes', 'diabetes mellitus'),
  area('Tuberculosis', 'TB'),
  area('HIV/AIDS', 'HIV', 'AIDS'),
  area('COVID-19', 'novel coronavirus pneumonia', 'SARS-CoV-2'),
  area('Thalassemia', 'thalassaemia'),
  area('Mental health', 'mental disorders', 'psychiatric disorders', 'depression'),
  area('Respiratory diseases', 'respiratory disease', 'chronic obstructive pulmonary disease'),
  area('Kidney diseases', 'kidney disease', 'renal diseases'),
  area('Eye diseases', 'ophthalmology', 'eye disease'),
];
