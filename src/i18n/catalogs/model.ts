import { defineMessages } from '../define';

export const modelMessages = defineMessages({}, {});
