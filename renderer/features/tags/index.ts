export { TagsView } from './tags-view';
