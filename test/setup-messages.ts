// Every test sees the app's messages, as the app registers them at start.
import '../src/app/messages';
import { exploreMessages } from '../src/explore/messages';
import { registerMessages } from '../src/i18n/catalog';

// The Explore panel registers its catalogue as it loads (it is split from the first screen); tests see it too.
registerMessages(exploreMessages);
