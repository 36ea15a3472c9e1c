// The demo tenant's directory: the people of the 2011 case and the department Entra ID would hold
// for each, so `GET /me?$select=department` answers as a tenant does. Someone not listed is a user
// without a department, as many real accounts are.

export const DEMO_DEPARTMENTS: Readonly<Record<string, string>> = {
  'Kristin Hoem Langsholt': 'HUM-seksjonen',
  'Eva Hermstad': 'MR/DEM-seksjonen',
  'Ole Martin Berg': 'Regionalavdelingen',
};
