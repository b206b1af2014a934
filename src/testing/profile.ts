import type { Profile } from '../incident/profile';

/** A valid operator profile for tests (the EORI's SIREN passes the Luhn check). */
export const TEST_PROFILE: Profile = {
  eori: 'FR552100554',
  companyName: 'Transit Dupont SAS',
  address: '1 rue du Port, 76600 Le Havre',
  phone: '02 35 00 00 00',
  officeName: 'Le Havre Port',
  officeEmail: 'bureau.lehavre@douane.finances.gouv.fr',
};
