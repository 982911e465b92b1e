// The chart element: draws one plotly figure with the small plotly.js of dashboard/static.
// Registered by dashboard/ui/chart.py as a Streamlit component (st.components.v2, no iframe).
// `data.figure` is the figure's JSON; every text in it was escaped for plotly in Python, and
// nothing here writes HTML: errors are shown with textContent.
const BUNDLE = new URL("$BUNDLE_URL", window.location.origin).href;
// The toolbar's camera downloads a PNG; the button beside it an SVG (both drawn in the browser).
const SVG_BUTTON = {
  name: "Download plot as SVG",
  title: "Download plot as SVG",
  icon: { width: 1000, height: 1000, path: "M500 50 L950 500 L500 950 L50 500 Z" },
  click: (box) => box.__plotly && box.__plotly.downloadImage(box, { format: "svg", filename: "talent-flows" }),
};
const CONFIG = {
  displaylogo: false,
  toImageButtonOptions: { format: "png", filename: "talent-flows", scale: 2 },
  modeBarButtonsToAdd: [SVG_BUTTON],
  modeBarButtonsToRemove: ["sendDataToCloud"], // "Share chart" would send the data to Chart Studio
  showSendToCloud: false,
  showEditInChartStudio: false,
};

function faded(color, alpha) {
  const parts = color.match(/[\d.]+/g) || ["128", "128", "128"];
  return `rgba(${parts[0]}, ${parts[1]}, ${parts[2]}, ${alpha})`;
}

// The page's font and text colour, so a chart follows Streamlit's light or dark theme.
function themed(layout, element) {
  const style = window.getComputedStyle(element);
  const grid = faded(style.color, 0.15);
  const axis = (given) => ({
    automargin: true, // as plotly.py's default template has it: labels are never cut off
    gridcolor: grid,
    linecolor: grid,
    zerolinecolor: faded(style.color, 0.35),
    ...given,
  });
  const font = { family: style.fontFamily, color: style.color, ...(layout.font || {}) };
  return {
    ...layout,
    font,
    hoverlabel: { align: "left", font: { family: style.fontFamily }, ...(layout.hoverlabel || {}) },
    hovermode: layout.hovermode || "closest",
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    xaxis: axis(layout.xaxis),
    yaxis: axis(layout.yaxis),
    autosize: true,
  };
}

// Outlines plotly.js can't draw per link (it takes one outline colour and width per trace):
// layout.meta.link_styles names each Sankey link's style (see dashboard/ui/figures.py).
const OUTLINES = {
  rumoured: { stroke: "#444444", dash: "6 3" },
  inferred: { stroke: null, dash: "2 3" }, // null: the link's own colour
};

function outline(box, layout) {
  const styles = layout && layout.meta && layout.meta.link_styles;
  if (!styles) return;
  box.querySelectorAll("g.sankey path.sankey-link").forEach((path) => {
    const datum = path.__data__ || {};
    const index = datum.link && datum.link.pointNumber !== undefined ? datum.link.pointNumber : datum.pointNumber;
    const style = styles[index];
    path.setAttribute("data-style", style || "");
    const look = OUTLINES[style];
    if (!look) return;
    path.style.stroke = look.stroke || path.style.fill;
    path.style.strokeOpacity = "0.9";
    path.style.strokeWidth = "1.5px";
    path.style.strokeDasharray = look.dash;
  });
}

// A click on a link, a node or a bar names what it is (layout.meta.picks, set in Python) and sends
// it back, with the figure's digest, so the page can show the moves behind it.
function pickOf(point, picks) {
  if (!point || !picks) return null;
  if (picks.bar) return picks.bar[point.pointNumber] || null;
  if (picks.points) return (picks.points[String(point.curveNumber)] || [])[point.pointNumber] || null;
  if ("sourceLinks" in point || "targetLinks" in point) return (picks.node || [])[point.pointNumber] || null;
  return (picks.link || [])[point.pointNumber] || null;
}

export default function ({ data, parentElement, setStateValue }) {
  let box = parentElement.querySelector("div.tf-chart");
  if (!box) {
    box = document.createElement("div");
    box.className = "tf-chart";
    parentElement.appendChild(box);
  }
  let Plotly = null;
  // The chart follows its column's width (the sidebar opening or closing, the window resizing),
  // as st.plotly_chart's does; plotly's own `responsive` follows only the window.
  const resized = new ResizeObserver(() => {
    if (Plotly && box.layout) Plotly.Plots.resize(box);
  });
  import(BUNDLE)
    .then((module) => {
      Plotly = module.default;
      box.__plotly = Plotly; // for the SVG button
      const figure = JSON.parse(data.figure);
      return Plotly.react(box, figure.data, themed(figure.layout || {}, box), CONFIG).then(() => {
        outline(box, figure.layout);
        const picks = figure.layout && figure.layout.meta && figure.layout.meta.picks;
        if (picks && !box.__picking) {
          box.__picking = true;
          box.on("plotly_click", (event) => {
            const pick = pickOf(event && event.points && event.points[0], box.__picks);
            if (pick) setStateValue("picked", { digest: box.__digest, pick });
          });
        }
        box.__picks = picks;
        box.__digest = data.digest;
        box.removeAllListeners?.("plotly_afterplot");
        box.on("plotly_afterplot", () => outline(box, figure.layout)); // plotly redraws on resize
      });
    })
    .then(() => resized.observe(box))
    .catch((error) => {
      box.textContent = `The chart could not be drawn: ${error}`;
    });
  return () => {
    resized.disconnect();
    if (Plotly) Plotly.purge(box);
  };
}
