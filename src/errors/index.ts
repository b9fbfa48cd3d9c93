export { ErrorCode } from './codes';
export {
  badUserInput,
  databaseUnavailable,
  invalidBookmarks,
  pageSizeExceeded,
  queryTimeout,
  userError,
} from './userErrors';
