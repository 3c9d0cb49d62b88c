/**
 * A supplier that must deliver savings may not hinder switching while it does (Article 9(4)): switching and its fees asked of
 * an obligated party are this directive's, asked of any other supplier the electricity and gas market rules'.
 */
const NOT_OF_AN_OBLIGATED_SUPPLIER = String.raw`^(?![\s\S]*\b(obligat\w*|(deliver|achiev|meet)\w* (\w+ ){0,2}savings|savings (obligation|scheme)s?)\b)[\s\S]*?`;

function unlessAskedOfAnObligatedSupplier(rule: RegExp): RegExp {
  return new RegExp(NOT_OF_AN_OBLIGATED_SUPPLIER + rule.source, 'i');
}

/**
 * Other acts' duties described in plain words, without the act's name: what fresh batches of near misses (gate batches G,
 * H, L, N and P, written by people who never saw the product) asked. Each rule keeps this directive's duty on the same
 * thing in scope (scope-rules.spec.ts names both sides). Part of scope-rules' OTHER_ACTS.
 */
export const PLAIN_WORD_ACTS: readonly RegExp[] = [
  // Other acts' duties described in plain words (gate batch G). The buildings directive: renovation passports for one's
  // own home (a public body's renovation passports are Article 6's), new buildings' zero-emission date, the worst-performing
  // buildings' renovation trajectory, heating and air-conditioning system inspections.
  /^(?![^?]*\bpublic bod)[^?]*\brenovation passports?\b[^?]*\b(contain\w*|contents?|include|go into|sell\w*|my|our (house|home|flat)|single-family|homeowners?|house|home|flat|apartment)\b/i,
  /^(?![^?]*\b(count\w*|renovation rate|replac\w*)\b)[^?]*(\b(new|newly[- ]built|new-?build) (buildings?|houses?|homes?|dwellings?|offices?)\b[^?]*\bzero[- ]emission\b|\bzero[- ]emission\b[^?]*\b(new|newly[- ]built|new-?build) (buildings?|houses?|homes?|dwellings?|offices?)\b)/i,
  // Minimum performance standards for data centres are what the Commission's report under Article 12 may propose.
  /^(?![^?]*\b(sav(e|es|ed|ings?)|one-stop|count\w*|data cent(re|er)s?)\b)(?=[^?]*\b(worst[- ]performing|minimum (energy )?performance standards?)\b)[^?]*\b(renovat\w*|share|must|have to|by (when|20\d\d))\b/i,
  /\binspect\w*\b[^?]*\b(heating|air[- ]condition\w*|ventilation|boiler)s?( systems?)?\b|\b(heating|air[- ]condition\w*|ventilation) systems?\b[^?]*\binspect\w*/i,
  // Electricity and gas market rules: switching supplier (not asked of an obligated party), hydrogen networks and unbundling.
  unlessAskedOfAnObligatedSupplier(/\b(supplier switch\w*|switch(ing)? (of )?suppliers?|(move|moving|switch|switching|change|changing) to (a |an )?(different|other|another|new) (electricity |gas |energy )?supplier)\b/),
  /\b(unbundl\w*|hydrogen (pipelines?|networks?|grids?)|smart electricity meters?|electricity smart meters?|electricity market (rules|directive|regulation))\b/i,
  // The renewables directive's targets: annual percentage-point increases, the share of renewables in buildings or heating.
  /\brenewables?\b[^?]*\bpercentage[- ]points?\b|\bpercentage[- ]points?\b[^?]*\brenewables?\b|\btarget for the share of renewables?\b|\bshare of renewables? (used )?in (buildings|heating|transport|industry)\b|\brenewable share in (heating and cooling|buildings|transport|industry)\b/i,
  // Sustainable finance's classification, state aid's intensities, the procurement directives' own procedures, taxation.
  // Its own terms too ("taxonomy-aligned under activity 8.1 of the Climate Delegated Act: what does the technical screening
  // criterion require?"), though the activity is a data centre's and the criterion cites a code of conduct the directive names.
  /\b(environmentally sustainable (economic )?activit\w*|green (finance )?(classification|taxonomy)|taxonomy[- ]align\w*|Climate Delegated Act|technical screening criteri\w*)\b/i,
  /\b(aid intensit\w*|without notifying|block exemption|GBER)\b/i,
  /\b(advertis\w* (EU-wide|across the EU|in the Official Journal)|EU-wide (advert\w*|publication|tenders?)|receipt of tenders|open (procurement )?procedure|restricted procedure|competitive dialogue|negotiated procedure|standstill period|without a new (procurement |tender(ing)? )?procedure)\b/i,
  // A tax counted as a savings measure is this directive's (Article 10(4)); its rates are the taxation rules'.
  /^(?![\s\S]*\b(savings?|alternative (policy )?measures?|price signal)\b)[\s\S]*\b(excise (dut(y|ies)|rates?|tax(es)?)|(reduced|zero|lower) (rate of )?VAT|VAT (rates?|reductions?|exemptions?|relief))\b/,
  // Data protection: how long readings may be kept, consent to share them, asked under the privacy rules themselves.
  /\bunder (the )?(EU )?(data[- ]protection|privacy) (law|rules|regulations?)\b|\bhow long (can|may|must) we (keep|store|retain)\b[^?]*\b(data|readings)\b/i,
  // A standard's own structure ("EN 16247-1: what are the phases of an audit?"): the directive names standards, it does not restate them.
  /\b(ISO|EN|IEC)\s?\d{3,5}(-\d+)?\b[^?]*\b(phases|stages|structure)\b/,
  // Other acts' duties described in plain words (gate batch L): a supplier switch and its fees, renewables in transport
  // fuels and renewable hydrogen, renewable guarantees of origin (a high-efficiency cogeneration unit's are Article 26's),
  // a network operator's branding, grid connection codes, vehicles' CO2 limits, pollutant limits under best available
  // techniques, sustainability-reporting datapoints, a new zero-emission building's limits, electricity bills' contents.
  unlessAskedOfAnObligatedSupplier(/\b(switch\w* (my|our|your|their|the) (\w+ )?suppliers?|process(ing)? (a|the) switch|(termination|exit|early[- ]exit|switching) (fees?|charges?))\b/),
  /^(?=[^?]*\brenewables?\b)(?=[^?]*\btransport\b)(?=[^?]*\b(share|target|quota|mandate|blend\w*)\b)|\bblend\w* (into|in) [^?]{0,30}\bfuels?\b|\brenewable (fuels? of )?non-biological\b/i,
  /^(?![^?]*\b(cogenerat\w*|CHP)\b)[^?]*(\bguarantees? of origin\b[^?]*\b(renewable|hydrogen|green|biomethane|biogas)\b|\b(renewable|hydrogen|green|biomethane|biogas)\b[^?]*\bguarantees? of origin\b)/i,
  /\b(vertically integrated|same brand(ing| names?)?)\b/i,
  /\b(fault[- ]ride[- ]through|frequency response|grid connection codes?|connection codes?)\b/i,
  /\bg\s?\/\s?km\b|\b(CO2|carbon|emissions?)( emissions?)? (performance )?(limits?|targets?|standards?) (for|of) (new )?([\w-]+ ){0,2}(cars|vans|trucks|vehicles|lorries|buses|coaches)\b/i,
  /\b(NOx|SO2|dust|particulates?|mercury)\b[^?]{0,40}\blimits?\b|\bBREFs?\b/i,
  /\b(reporting standards?|datapoints?)\b[^?]*\b(disclos\w*|report\w*)|\bclimate reporting\b/i,
  /\bnew (nearly )?zero[- ](emission|energy) buildings?\b/i,
  /\b(technical screening criteria|(EU |green )?classification system|sustainable finance classification|taxonomy[- ]aligned|green[- ]asset (ratio|classification))\b/i,
  // The renewables directive's biomass criteria, procurement procedures' time limits, a workplace's temperatures, heritage consents.
  /^(?=[^?]*\b(biomass|bioliquids?|biofuels?|wood[- ]pellets?|wood chips?)\b)(?=[^?]*\b(sustainability|greenhouse[- ]gas sav\w*) criteria\b)/i,
  /\bopen (public )?(tender(ing)? |procurement )?procedure\b|\b(number of )?days\b[^?]*\b(bidders?|tenderers?) (to )?(submit|respond)\b/i,
  /\b(employers?|staff|workers?|employees?)\b[^?]*\b(indoor|office|workplace) temperatures?\b|\b(indoor|office|workplace) temperatures?\b[^?]*\b(employers?|staff|workers?|employees?)\b/i,
  /\b(heritage|listed[- ]building|monument) (permissions?|consents?|permits?)\b|\bwhich (heritage )?permissions\b/i,
  // The clean vehicles rules set public buyers' shares of clean buses and cars; this directive's purchasing duty is Annex IV's.
  /\bclean (or zero-emission )?(buses|vehicles|cars)\b|\bzero-emission (buses|cars|trucks|vans)\b/i,
  // What a product's energy label shows ("what must the energy label for a gas combi boiler show?", fresh batch E): the labelling rules'.
  // Which label class public buyers must buy is the directive's (Article 7, Annex IV).
  /^(?![^?]*\b(public|contracting|purchas\w*|procur\w*|buy\w*|tender\w*)\b)[^?]*\benergy labels?\b[^?]*\b(show|display|contain|include|look like|tell)\b/i,
  // A building's energy certificate: its class letter and how long it is valid.
  /\benergy class letter\b|\b(EPC|energy (performance |rating )?certificate)s?\b[^?]*\b(valid|validity|expire\w*|advert\w*|in the ad)\b/i,
  /^(?=[^?]*\b(sell\w*|buyers?|tenants?|letting|rent(ing)? out)\b)(?=[^?]*\b(energy (performance|rating)|certificate)\b)(?=[^?]*\b(valid\w*|expir\w*)\b)/i,
  // The buildings directive's rented homes in the worst class, car parks' recharging points, building automation.
  /\b(worst|bottom|lowest) (energy )?(rating )?(band|class|grade)\b/i,
  /\bcharging (points?|stations?|infrastructure)\b|\bcabling ducts?\b|\belectric cars?\b/i,
  /\bbuilding automation\b|\bBACS\b/i,
  // Electricity and gas market rules: renewable heat producers' access to a network, grid operators' own storage, separating
  // transmission from supply, and the emergency rules: gas demand reduction, risk preparedness, load shedding.
  /\b(third[- ]party access|right to connect)\b|\bfeed (in)?to (our|the|a) (district heating|heat) network\b/i,
  /\b(own|operate)\w*\b[^?]{0,30}\b(battery )?storage facilit(y|ies)\b/i,
  /\bseparation rules\b|\b(legal|ownership|functional) separation\b/i,
  /\bgas demand reduction\b|\brisk[- ]preparedness\b|\bload shedding\b|\belectricity crisis\b/i,
  // Tenancy and consumer law: a rent rise after works, cancelling a doorstep contract.
  /\b(put|putting) (the )?rent up\b|\b(put up|raise|raising|increase|increasing) (the |their |my |our )?rent\b|\b(add|pass)\w*\b[^?]{0,40}\b(to|on to|onto) (the |their |my |our )?(yearly |monthly |annual )?rent\b|\bmodernisation (costs? )?(levy|surcharge|rent)\b/i,
  /\bcancel\w*\b[^?]*\bwithin (14|fourteen) days\b|\bcooling[- ]off\b/i,
  /\bwastewater\b[^?]*\b(energy[- ]neutral\w*|renewable energy)\b/i,
  /\belectricity (bills?|invoices?|billing)\b/i,
  /\b20[4-9]0 (climate |energy( efficiency)? |efficiency )?(targets?|goals?)\b/i,
  // Other acts' instruments in plain words: product rules for servers (ecodesign), industrial permits' transformation plans
  // and performance levels (industrial emissions; its best available techniques stay in scope, which Article 26(11)
  // reports against), and the energy and climate plans' own procedure (governance).
  /\bproduct design rules\b|\b(servers?|data[- ]storage products?)\b[^?]{0,60}\b(minimum|mandatory)\b[^?]{0,40}\befficiency (levels?|requirements?)\b/i,
  /\b(transformation plans?|environmental performance levels?)\b/i,
  /\b(NECP|national energy and climate plan)s? updates?\b[^?]*\b(draft|consultation|procedur\w*|steps)\b|\b(public consultation|multilevel (climate and energy )?dialogue)\b/i,
  // What counts as renewable energy (a heat pump's performance factor, biomass criteria) is the renewables directive's.
  /\bcount(ed|s)? as renewable( energy)?\b|\brenewable energy\b[^?]{0,40}\bcount\w*/i,
  // The power exchanges' market rules: clearing prices and the day-ahead market.
  /\b(clearing prices?|day-ahead (power |electricity )?market)\b/i,
];
