export { ErrorCode } from './codes';
export {
  badUserInput,
  databaseUnavailable,
  pageSizeExceeded,
  queryTimeout,
  userError,
} from './userErrors';
