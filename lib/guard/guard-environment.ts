/** Environment variables the guard's provisioner sets for the guard runner. */
export { GUARD_INPUT_ENV, GUARD_INPUT_EXPRESSION } from '../manifest/guard-contract';
