// Applications: GetApplication, ListApplications, BatchGetApplications, ListGitHubAccountTokenNames.
import { app, names, paged } from '../lookup.js';
import * as wire from '../wire.js';
import type { OpContext, Operations } from './context.js';

export function applicationOperations(c: OpContext): Operations {
  const { state } = c;
  return {
    GetApplication(input) {
      return { application: wire.applicationInfo(state.applications.get(app(state, input))!) };
    },
    ListApplications(input) {
      return paged('applications', [...state.applications.keys()].sort(), input, c.settings.pageSize);
    },
    BatchGetApplications(input) {
      return {
        applicationsInfo: names(input.applicationNames, 'ApplicationName').map((n) =>
          wire.applicationInfo(state.applications.get(app(state, { applicationName: n }))!),
        ),
      };
    },
    // Applications are never linked to GitHub here (applicationInfo says linkedToGitHub: false).
    ListGitHubAccountTokenNames() {
      return { tokenNameList: [] };
    },
  };
}
