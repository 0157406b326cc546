/**
 * The introduction sent when the partner agreed to share their details (README: "After matching" documents it).
 * Section lines (`{{#reasons}}`, `{{/reasons}}`) vanish, so a value that is empty leaves no gap.
 */
export const DEFAULT_INTRO_TEMPLATE = `Dear {{first_name}},

We are delighted to introduce you to your {{partner_role}}, {{partner_name}}{{#partner_organisation}} ({{partner_organisation}}){{/partner_organisation}}.
{{#reasons}}
Why we paired you: {{reasons}}.
{{/reasons}}
{{#group_members}}
You will meet as a group, together with {{group_members}}.
{{/group_members}}

You can reach {{partner_first_name}} at {{partner_email}}.
{{#first_meeting}}
Your first meeting is on {{first_meeting_text}}; a calendar invitation follows.
{{/first_meeting}}
{{^first_meeting}}
Please get in touch with each other to agree a time for your first meeting.
{{/first_meeting}}

With best wishes,
The mentoring team
`;

/** The introduction sent when the partner did not agree to share their details: the organiser introduces them. */
export const WITHHELD_INTRO_TEMPLATE = `Dear {{first_name}},

We have matched you with a {{partner_role}}. They have not yet agreed to share their contact details, so the organiser will introduce you to each other directly.
{{#first_meeting}}
Your first meeting is on {{first_meeting_text}}.
{{/first_meeting}}

With best wishes,
The mentoring team
`;
