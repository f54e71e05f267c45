import { defineMessages } from '../define';

export const analysesMessages = defineMessages({}, {});
