import '../shared/common.css';
