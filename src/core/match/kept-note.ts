/** How a kept pair's reasons begin on the Matches sheet (introductions leave it out: it is for the organiser). */
export const KEPT_NOTE = 'kept from the previous sheet';
