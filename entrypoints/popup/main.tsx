import { render } from 'preact';
import { findTarget, PopupApp } from '../../lib/popup/popup-app';
import '../../lib/ui/extension-page.css';
import '../../lib/popup/popup.css';

void findTarget(location.search).then((target) => render(<PopupApp target={target} />, document.getElementById('app')!));
