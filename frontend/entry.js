// The plotly.js the dashboard draws its charts with: plotly.js's core (which holds the scatter
// trace) plus the two other trace types the charts use, bar and sankey. A quarter of the size
// of the full plotly.js that st.plotly_chart loads, so a page runs it in a quarter of the time.
// Built by `npm run build` into dashboard/ui/static/; see frontend/README.md.
"use strict";
var Plotly = require("plotly.js/lib/core");
Plotly.register([require("plotly.js/lib/bar"), require("plotly.js/lib/sankey")]);
module.exports = Plotly;
