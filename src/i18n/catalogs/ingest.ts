import { defineMessages } from '../define';

export const ingestMessages = defineMessages({}, {});
