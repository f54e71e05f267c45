// Every test sees the app's messages, as the app registers them at start.
import '../src/app/messages';
