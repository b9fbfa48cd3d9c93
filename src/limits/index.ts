export type { InputLimits } from './checkOperationInputs';
export { checkOperationInputs, MAX_VARIABLE_DEPTH } from './checkOperationInputs';
export { inputLimitsPlugin } from './inputLimitsPlugin';
export { jsonSizeUpTo, responseSizePlugin } from './responseSizePlugin';
