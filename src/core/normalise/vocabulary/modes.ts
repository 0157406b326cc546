import type { Mode } from '../../types.js';

/** How people would like to meet; phone and e-mail count as online (not in the same room). */
export const MODES: Readonly<Record<Mode, readonly string[]>> = {
  online: [
    'Online', 'Online (video call)', 'Video call', 'Video', 'Virtual', 'Virtually', 'Remote', 'Remotely', 'Zoom',
    'Teams', 'Microsoft Teams', 'Google Meet', 'Phone', 'Telephone', 'Phone call', 'Email', 'E-mail', 'Online only',
  ],
  'in-person': [
    'In person', 'In-person', 'Face to face', 'Face-to-face', 'F2F', 'Visit', 'School visit', 'Meet in person',
    'In person only',
  ],
  either: [
    'Either', 'Either is fine', 'Both', 'No preference', 'Any', "Don't mind", 'Do not mind', 'Mixed', 'Hybrid',
    'Blended', 'Flexible',
  ],
};
