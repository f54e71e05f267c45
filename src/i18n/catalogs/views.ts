import { defineMessages } from '../define';

export const viewsMessages = defineMessages({}, {});
