export * from './finding';
export * from './preflight-options';
export { runPreflight } from './run-preflight';
export { classifyFault, type FaultClass, type ClassifiedFault } from './fault-class';
export { CHECK_IDS } from './checks';
export { readSettingsFile, parseSettingsDocument } from './settings-file';
