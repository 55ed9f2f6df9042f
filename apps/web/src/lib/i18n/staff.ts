import { type StaffCatalogue, staffFr } from './fr/staff.ts';
import { inLocale } from './index.ts';

/** The words of the staff's area, in the active language. */
export const staffText: StaffCatalogue = inLocale<StaffCatalogue>({ fr: staffFr });
