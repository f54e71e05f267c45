// Every test sees the app's messages: the first screen's, as the app registers them at start, and every lazy one.
import { registerEveryMessage } from '../src/app/messages';

await registerEveryMessage();
