import './index/index.js';
