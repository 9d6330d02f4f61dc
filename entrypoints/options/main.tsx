import { render } from 'preact';
import { OptionsApp } from '../../lib/options/options-app';
import '../../lib/ui/extension-page.css';
import '../../lib/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
