# b22-001  medicare  styles (1) box-drawn tables with wrapped cells + (2) chair-time / charge-capture worksheet
# Complete chart. Prolastin-C 5,000 mg (5 whole vials, protocol rounds to whole vials), J0256 x500 JZ.
from boxrender import box

CHART_ID = "b22-001"
DOS = "2025-12-09"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96361", "units": 1, "modifiers": []},
    {"hcpcs": "96375", "units": 1, "modifiers": []},
    {"hcpcs": "J1200", "units": 1, "modifiers": ["JZ"]},
    {"hcpcs": "J7050", "units": 1, "modifiers": []},
]

_events = box([
    ["Event", "Time", "Comment"],
    ["Arrival / check-in", "08:55", "w/ spouse, ambulatory"],
    ["Vitals (pre)", "09:04", "BP 138/82  HR 76  RR 18\nT 36.7  SpO2 93% RA"],
    ["Weight (standing,\nshoes off)", "09:05", "78.4 kg\n(last wk 79.0 kg 12/02)"],
    ["PIV placed", "09:08", "22g L forearm, 1st\nattempt, +blood return"],
    ["Vitals (15 min into\nA1PI)", "10:13", "BP 132/80  HR 74\nno rash / no SOB"],
    ["Vitals (post)", "10:44", "BP 130/78  HR 72\nSpO2 94% RA"],
    ["PIV removed", "11:10", "cath intact, no\nhematoma"],
    ["Discharged", "11:25", "ambulatory, AVS given"],
], [20, 7, 24])

_meds = box([
    ["#", "Drug / fluid", "Dose / vol", "Start", "Stop", "CPT / HCPCS"],
    ["1", "0.9% NaCl hydration\n(pre-hydration, poor\nPO intake x2 days)", "250 mL", "09:12", "09:50", "96361 x1\nJ7050 x1"],
    ["2", "Acetaminophen PO\n(premed)", "650 mg", "09:10", "n/a", "pt supply,\nnot billed"],
    ["3", "Diphenhydramine IV\npush (premed)", "25 mg", "09:52", "09:54", "96375 x1\nJ1200 x1"],
    ["4", "Prolastin-C (alpha1-\nproteinase inhib,\nhuman) IV", "5,000 mg\n(5 vials)", "09:58", "10:29", "96365 x1\nJ0256 x500\nJZ"],
    ["5", "NS flush", "10 mL", "10:30", "", "bundled"],
], [2, 21, 10, 6, 6, 11])

_lots = box([
    ["Product", "Lot", "Exp", "Qty"],
    ["Prolastin-C\n1,000 mg vial", "27H5NB1\n(all 5 vials same\nlot)", "08/31/2026", "5 vials"],
    ["Sterile Water for\nInj (diluent)", "2419805", "03/2027", "5 x 20 mL"],
    ["0.9% NaCl 250 mL", "J5H211", "11/2026", "1 bag"],
    ["Diphenhydramine\n50 mg/mL vial", "E24077", "06/2027", "0.5 mL"],
], [18, 19, 10, 10])

_charge = box([
    ["Code", "Description", "Units", "Mod", "Time"],
    ["96365", "IV infusion, ther/proph/\ndiag; initial, up to 1 hr", "1", "", "09:58-\n10:29"],
    ["96361", "IV hydration, each addl\nhr (secondary, >30 min)", "1", "", "09:12-\n09:50"],
    ["96375", "IV push, each sequential\nnew drug", "1", "", "09:52"],
    ["J0256", "Inj alpha 1-proteinase\ninhibitor (human), NOS,\n10 mg", "500", "JZ", ""],
    ["J1200", "Diphenhydramine HCl, up\nto 50 mg", "1", "JZ", ""],
    ["J7050", "Normal saline solution\ninfus, 250 cc", "1", "", ""],
], [6, 25, 5, 3, 6])

D1 = "\n".join([
    "RIVERBEND REGIONAL MEDICAL CENTER - OUTPATIENT INFUSION (HOPD, POS 22)",
    "CHAIR TIME & CHARGE CAPTURE WORKSHEET                         Page 1 of 2",
    "Patient: HALVORSEN, DALE R      MRN 00418827      DOB 04/02/1958",
    "DOS: 12/09/2025   Chair 6   Primary RN: K. Obuya, RN   Ordering: S. Mehta, MD (Pulm)",
    "Dx: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema",
    "Payer: Medicare Part B (primary) / Medigap Plan G (secondary)",
    "",
    "ORDER (standing, signed 06/03/2025): Prolastin-C 60 mg/kg IV once weekly. Round to",
    "nearest whole vial per infusion-center protocol IC-114.",
    "  Pharmacy calc today: 60 mg/kg x 78.4 kg = 4,704 mg -> 5 vials (5,000 mg).",
    "",
    "A. CHAIR EVENTS",
    _events,
    "",
    "B. MEDICATIONS / FLUIDS (each line its own start/stop)",
    _meds,
    "",
    "C. PRODUCT / LOT",
    _lots,
    "Waste: 0 mg - all 5 vials reconstituted (20 mL SWFI each, 100 mL total) and infused;",
    "no partial vial. JZ applies.",
    "Rate: 0.08 mL/kg/min max = 6.3 mL/min; run at pump 200 mL/h, no rate changes.",
    "",
    "                                                              Page 2 of 2",
    "D. CHARGE CAPTURE (coder review 12/10/2025 L. Farris, CPC)",
    _charge,
    "Coder note: hydration originally keyed 96360 -> corrected to 96361 (96365 is the",
    "initial service per hierarchy). Chair time 08:55-11:25 = 150 min.",
    "",
    "RN note: Tolerated premeds and A1PI without reaction. Next infusion 12/16/2025 (planned",
    "5 vials again unless wt changes by >3 kg). - K. Obuya, RN 11:27",
])

_results = box([
    ["Test", "Result", "Date / comment"],
    ["AAT level (serum,\nnephelometry)", "24 mg/dL", "02/11/2019, pre-\ntreatment; ref 100-\n190 mg/dL"],
    ["Phenotype / geno-\ntype", "PI*ZZ", "02/11/2019 (IEF +\nSERPINA1 c.1096G>A\nhomozygous)"],
    ["CT chest", "Panlobular emphysema,\nlower-lobe predominant", "09/17/2024"],
    ["FEV1 (post-BD)", "1.31 L, 41 % pred", "11/18/2025"],
    ["FEV1 (post-BD)", "1.34 L, 42 % pred", "05/13/2025"],
    ["FEV1/FVC", "0.44", "11/18/2025"],
    ["DLCO", "46 % pred", "11/18/2025"],
    ["Liver elastography", "5.4 kPa", "10/2024, no\nfibrosis"],
], [18, 22, 19])

D2 = "\n".join([
    "PULMONARY & CRITICAL CARE ASSOCIATES - FOLLOW-UP VISIT",
    "Date of visit: 11/18/2025        Provider: Sunil Mehta, MD",
    "Patient: Dale R. Halvorsen   67 y/o M   MRN 00418827",
    "",
    "CC: AATD on augmentation, 6-month follow-up with PFTs.",
    "",
    "HPI: 67M with alpha-1 antitrypsin deficiency (PI*ZZ) and panlobular emphysema, on",
    "weekly Prolastin-C since 03/2020 at Riverbend infusion. Stable exertional dyspnea",
    "(mMRC 2), walks ~1 mile with 1-2 rest stops. One exacerbation in the last 12 months",
    "(04/2025, prednisone burst, no ED visit). Since starting augmentation his exacerbations",
    "have dropped from 3-4/yr to about 1/yr and lung function has held steady; he feels the",
    "weekly infusions are worth the time. Former smoker, 30 pack-yr, quit 2009.",
    "",
    "Vitals: BP 134/80  HR 78  SpO2 93% RA  Wt 79.1 kg  Ht 175 cm  BMI 25.8",
    "",
    "Results:",
    _results,
    "",
    "Family: brother (69) PI*ZZ, diagnosed after the patient, on Glassia in Duluth;",
    "daughter PI*MZ, AAT 88 mg/dL, counseled; grandson not yet tested.",
    "",
    "A/P:",
    "1. AATD, PI*ZZ - continue Prolastin-C 60 mg/kg IV weekly (current wt 79.1 kg,",
    "   ~4,750 mg; infusion center rounds to 5 vials).",
    "2. Emphysema / COPD GOLD 3 with severe airflow obstruction - continue Trelegy 1 inh",
    "   daily, albuterol prn. Pulm rehab maintenance.",
    "3. If FEV1 falls below 35 % pred will refer for transplant evaluation.",
    "4. Vaccines up to date (flu 10/2025, RSV 2024).",
    "RTC 6 months with full PFTs.   - S. Mehta, MD",
])

_lab = box([
    ["Test", "Result", "Ref range", "Flag"],
    ["Alpha-1-Antitrypsin,\nSerum (nephelometry)", "24 mg/dL", "100-190\nmg/dL", "L"],
    ["Alpha-1-Antitrypsin\nPhenotype (IEF)", "ZZ", "MM", "ABN"],
    ["SERPINA1 genotyping,\nS and Z alleles", "Z allele\n(c.1096G>A)\nhomozygous; S\nallele not\ndetected", "Not\ndetected", "ABN"],
    ["C-reactive protein", "2.1 mg/L", "<5.0 mg/L", ""],
], [20, 13, 9, 4], style="ascii")

D3 = "\n".join([
    "NORTHSTAR REFERENCE LABORATORIES                         FINAL REPORT",
    "Patient: HALVORSEN, DALE R    DOB 04/02/1958    Collected 02/11/2019 07:40",
    "Ordering: S. Mehta, MD        Reported 02/14/2019 16:05",
    _lab,
    "Interpretation: PI*ZZ, severe deficiency. Findings consistent with alpha-1",
    "antitrypsin deficiency. Genetic counseling and testing of first-degree relatives",
    "recommended. Note: AAT is an acute-phase reactant; CRP normal on this draw.",
])

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-12-09", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-11-18", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2019-02-14", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI*ZZ, severe deficiency"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d3", "_ev": "24 mg/dL", "_method": "nephelometry"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panlobular emphysema, on"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "Emphysema / COPD GOLD 3"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "severe airflow obstruction"},
    {"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4, "_doc": "d1", "_ev": "78.4 kg", "_date": "2025-12-09"},
    {"kind": "weight", "value": 79.0, "unit": "kg", "value_kg": 79.0, "_doc": "d1", "_ev": "last wk 79.0 kg 12/02", "_date": "2025-12-02"},
    {"kind": "weight", "value": 79.1, "unit": "kg", "value_kg": 79.1, "_doc": "d2", "_ev": "Wt 79.1 kg", "_date": "2025-11-18"},
    {"kind": "dose", "value": 5000, "_doc": "d1", "_ev": "5,000 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: 0 mg - all 5 vials reconstituted"},
    {"kind": "lot_number", "value": "27H5NB1", "_doc": "d1", "_ev": "27H5NB1"},
    {"kind": "expiration_date", "value": "2026-08-31", "_doc": "d1", "_ev": "08/31/2026"},
    {"kind": "infusion_start", "value": "09:58", "_doc": "d1", "_ev": "09:58"},
    {"kind": "infusion_end", "value": "10:29", "_doc": "d1", "_ev": "10:29"},
    {"kind": "fev1", "value": 41, "_doc": "d2", "_ev": "1.31 L, 41 % pred"},
    {"kind": "fev1", "value": 42, "_doc": "d2", "_ev": "1.34 L, 42 % pred"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Since starting augmentation his exacerbations"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker, 30 pack-yr, quit 2009"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d1", "_ev": "Prolastin-C (alpha1-", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 78.4, "weight_date": "2025-12-09",
    "dose_mg": 5000, "target_mg": 4704.0, "pct_diff": 6.3, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 500, "units_billed": 500,
    "vials_mg": [1000, 1000, 1000, 1000, 1000], "waste_mg": 0, "jw_expected": 0, "jw_billed": 0,
    "expirations": ["2026-08-31"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "60 mg/kg x 78.4 kg = 4,704 mg", "pharmacy calculation, not the dose"),
    ("d1", "09:12", "hydration start"),
    ("d1", "09:52", "diphenhydramine push time"),
    ("d1", "08:55", "arrival"),
    ("d1", "2419805", "diluent lot"),
    ("d1", "J5H211", "NS bag lot"),
    ("d1", "E24077", "diphenhydramine lot"),
    ("d1", "650 mg", "acetaminophen dose"),
    ("d1", "Next infusion 12/16/2025 (planned", "plan"),
    ("d1", "changes by >3 kg", "hypothetical weight change"),
    ("d2", "~4,750 mg", "approximate planned dose"),
    ("d2", "AAT 88 mg/dL", "daughter's level"),
    ("d2", "brother (69) PI*ZZ", "relative's genotype"),
    ("d2", "below 35 % pred", "hypothetical threshold"),
    ("d3", "100-190", "reference range"),
    ("d3", "| MM ", "lab reference phenotype"),
]

NOTES = """
Complete. Chair-time/charge worksheet in box-drawn tables with wrapped cells (label 'Weight (standing,
shoes off)', 'Prolastin-C (alpha1- / proteinase inhib, / human) IV', charge descriptions). Dose is the
whole-vial 5,000 mg (6.3 % above 60 x 78.4 = 4,704 mg, inside 10 %). J0256 500 JZ with 'Waste: 0 mg'.
Traps: pharmacy calc 4,704 mg; hydration 09:12-09:50 and diphenhydramine 09:52-09:54 rows with their own
times/CPT; diluent, NS and diphenhydramine lots/exps; arrival/PIV/vitals/discharge times; last week's
79.0 kg and clinic 79.1 kg are historical weights (DOS weight 78.4 kg is nearest); ~4,750 mg plan; daughter
PI*MZ 88 mg/dL, brother PI*ZZ on Glassia; reference range 100-190 wrapped across lines; lab reference 'MM';
hypothetical transplant threshold.
"""
