import { defineMessages } from '../define';

export const sampleMessages = defineMessages({}, {});
