// Kept equal to package.json's version (a unit test checks it); used in --version and the user agent.
export const VERSION = '0.1.0';
