import { ContactChangeCommand } from '../shared/contact-command';

/**
 * Erasure removes the contact's personal data from the read models and the de-duplication keys and
 * tells other contexts (ContactErased). The events' own copies of the details are the seam for
 * crypto-shredding: `details` is the one place personal data lives in them, ready to be encrypted
 * per contact so that deleting the key erases them everywhere.
 */
export class EraseContactCommand extends ContactChangeCommand {}
