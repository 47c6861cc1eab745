// bottleneck's build without its Redis clustering (what Octokit's plugins load): the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
