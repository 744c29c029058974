import { render } from 'preact';
import { AppRoot } from './app/AppRoot';
import './ui/styles.css';

render(<AppRoot />, document.getElementById('app')!);
