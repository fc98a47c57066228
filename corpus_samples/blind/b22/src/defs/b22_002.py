# b22-002  medicare (Medicare Advantage)  styles (3) peer-to-peer + organization determination, (4) inline prior values
# Complete chart. Zemaira 4,190 mg from 4 g kit + 1 g vial; J0256 419 + JW 87 (waste 874 mg).

CHART_ID = "b22-002"
DOS = "2026-02-03"
PAYER = {"profile": "medicare", "name": "Cascade Senior Advantage (HMO) - Medicare Advantage"}
PRIOR_AUTH = "CSA-PA-2601-77341"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 419, "modifiers": []},
    {"hcpcs": "J0256", "units": 87, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
CASCADE SENIOR ADVANTAGE (HMO) - UTILIZATION MANAGEMENT
PEER-TO-PEER CONVERSATION RECORD (transcribed from recorded line; lightly edited)
Case #: IOD-26-008812        Member: LINDQVIST, MARGUERITE A    DOB 08/19/1953
Requested: J0256 alpha-1 proteinase inhibitor (Zemaira) 60 mg/kg IV q7 days x 52 wk
Initial determination 01/16/2026: ADVERSE - genotype not among covered genotypes;
  FEV1 trend not submitted.
Call: 01/21/2026 16:40-16:58 ET
Plan reviewer: Richard Oyelaran, MD, Medical Director (Internal Medicine)
Treating: Hannah Castellanos, MD, Pulmonology, Lakeshore Lung Associates

DR. OYELARAN: Thanks for calling back. I have the request for Zemaira for Mrs.
  Lindqvist. The first reviewer denied because MA-RX-041 lists PI*ZZ, PI*Z(null) and
  PI*(null)(null), and your request says Z-Mmalton. Walk me through it.
DR. CASTELLANOS: Sure. She's compound heterozygous, PI*Z/Mmalton, confirmed on
  SERPINA1 sequencing at Mayo in 2023. Mmalton is a deficiency allele, it polymerizes
  like Z. Her pre-treatment AAT was 5.2 micromolar, that's 05/2023.
DR. OYELARAN: Okay, 5.2. Our cutoff is under 11 micromolar, so the level is fine, and
  the policy does say "or other rare alleles associated with serum AAT below 11
  umol/L." I can accept Mmalton under that. Lung function?
DR. CASTELLANOS: Post-bronchodilator FEV1 was 43 percent predicted in December and
  45 percent in July. CT from 2023 shows panlobular emphysema, both lower lobes. GOLD
  3 COPD, on Breztri and pulmonary rehab.
DR. OYELARAN: Continuation criteria want FEV1 25 to 65 percent or a decline of more
  than 120 mL a year. 43 is inside that. Smoking?
DR. CASTELLANOS: Never smoker. Husband smoked until 1998.
DR. OYELARAN: If she were smoking I couldn't approve, so good. Product - policy
  prefers Prolastin-C. Why Zemaira?
DR. CASTELLANOS: She was on Prolastin-C from 2023 under her old plan, two urticarial
  reactions in 2025, switched to Zemaira in October and has had no reactions since.
DR. OYELARAN: Fine, intolerance is documented in what you sent. Weight?
DR. CASTELLANOS: 70.9 kilos at her visit last week, 01/13.
DR. OYELARAN: So 60 per kilo is about 4,254 mg, 426 units of J0256. I'll approve up
  to 430 units per week so you're not calling me every time she gains half a kilo.
  Discarded drug goes on its own JW line and doesn't count against the 430.
DR. CASTELLANOS: Understood. Her brother is also on augmentation, PI*ZZ, different
  plan - the chart mentions him, just so nobody mixes them up.
DR. OYELARAN: Noted. I'm reversing the initial determination. 52 weeks starting
  01/26/2026. You'll get written notice tomorrow.
[end of call 16:58]   Recorded by: A. Pruitt, UM coordinator
"""

D2 = """
CASCADE SENIOR ADVANTAGE (HMO)          P.O. Box 4410, Tacoma, WA 98401
NOTICE OF ORGANIZATION DETERMINATION - APPROVAL

Date of notice: 01/22/2026
Member: Marguerite A. Lindqvist     Member ID: CSA5520918-01
Requesting provider: Hannah Castellanos, MD - Lakeshore Lung Associates (POS 11)

We have approved the following service after a peer-to-peer discussion on
01/21/2026. This decision replaces our adverse determination IOD-26-008812 dated
01/16/2026.

  Authorization number:  CSA-PA-2601-77341
  Service:               J0256 Injection, alpha 1-proteinase inhibitor (human),
                         not otherwise specified, 10 mg - Zemaira
  Approved quantity:     up to 430 units per date of service; 1 date of service
                         per 7 days
  Administration:        96365 / 96366 as applicable
  Effective:             01/26/2026 through 01/25/2027

Policy MA-RX-041 criteria applied (reproduced for your records):
  - age 18 or older with emphysema due to severe AAT deficiency;
  - serum AAT < 11 umol/L (< 57 mg/dL by nephelometry, < 80 mg/dL by RID);
  - PI*ZZ, PI*Z(null), PI*(null)(null) or other rare alleles with AAT < 11 umol/L;
  - FEV1 25-65 % predicted, or decline > 120 mL/year;
  - non-smoker; dosing 60 mg/kg IV once weekly per label.
Continuation past 01/25/2027 requires documentation of clinical response.
Discarded drug from a single-dose container is reported on a separate line with the
JW modifier and is not counted against the approved units.

If you have questions call Provider Services 1-800-555-0142 (TTY 711).
"""

D3 = """
LAKESHORE LUNG ASSOCIATES - INFUSION SUITE            NURSING INFUSION NOTE
02/03/2026 10:52   LINDQVIST, Marguerite A   72 F   DOB 08/19/1953
Auth CSA-PA-2601-77341 (wk 2 of 52; <=430 u/wk)   Dx E88.01, J43.1

S: "Breathing about the same, maybe a little easier on the stairs." No fever, sputum
   unchanged. One exacerbation in the past 12 mo (was 4 in the yr before augmentation);
   pt credits the weekly infusions. No hives since the switch to Zemaira.
O: Wt 69.8 kg (prev 70.6 kg 01/27; 70.9 kg 01/13)  Δ -0.8 kg wk/wk ↓
   BP 126/74 (prev 132/78)   HR 81 (prev 84)   T 36.6   RR 18
   SpO2 92 % RA ↓ (prev 94 % 01/27)
   Lungs: diminished both bases, no wheeze (unchanged from 01/27)
   PIV 24g R hand placed 09:58, flushed, +blood return.
   Dose today: Zemaira 4,190 mg IV (was 4,240 mg on 01/27 - re-dosed to today's wt)
     calc 60 x 69.8 = 4,188 mg, order rounds to nearest 10 mg
   Vials: 4 g kit   lot P100620581  exp 04/30/2027  (actual 4,048 mg)
          1 g vial  lot P100611734  exp 11/30/2026  (actual 1,016 mg)
          total reconstituted 5,064 mg
   Infusion start 10:14 / stop 10:31, 83.8 mL via pump   (01/27 ran 10:05-10:22)
   Waste: 874 mg (~17 mL left in the 1 g vial) discarded in pharmaceutical waste,
     witnessed T. Nakamura, RN -> JW line.
   Post VS 10:36 BP 124/72 HR 80 SpO2 93 % (↑ from 92).  PIV d/c 10:45, intact.
A: Tolerated infusion #2 under the new plan, no urticaria, no dyspnea change.
P: Next infusion 02/10/2026. Weigh each visit; re-dose if change >= 1 kg.
   Charges: J0256 x419, J0256-JW x87, 96365 x1.
   - Jolene Whitcombe, RN
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-01-21", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-22", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-03", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Dx E88.01"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d1", "_ev": "PI*Z/Mmalton"},
    {"kind": "serum_aat", "value": 5.2, "unit": "uM", "_doc": "d1", "_ev": "pre-treatment AAT was 5.2 micromolar"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "panlobular emphysema, both lower lobes"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "3 COPD, on Breztri"},
    {"kind": "weight", "value": 69.8, "unit": "kg", "value_kg": 69.8, "_doc": "d3", "_ev": "Wt 69.8 kg", "_date": "2026-02-03"},
    {"kind": "weight", "value": 70.6, "unit": "kg", "value_kg": 70.6, "_doc": "d3", "_ev": "prev 70.6 kg 01/27", "_date": "2026-01-27"},
    {"kind": "weight", "value": 70.9, "unit": "kg", "value_kg": 70.9, "_doc": "d1", "_ev": "70.9 kilos at her visit last week, 01/13", "_date": "2026-01-13"},
    {"kind": "dose", "value": 4190, "_doc": "d3", "_ev": "Zemaira 4,190 mg IV"},
    {"kind": "wastage", "value": 874, "_doc": "d3", "_ev": "Waste: 874 mg"},
    {"kind": "lot_number", "value": "P100620581", "_doc": "d3", "_ev": "lot P100620581"},
    {"kind": "lot_number", "value": "P100611734", "_doc": "d3", "_ev": "lot P100611734"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d3", "_ev": "exp 04/30/2027"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d3", "_ev": "exp 11/30/2026"},
    {"kind": "infusion_start", "value": "10:14", "_doc": "d3", "_ev": "Infusion start 10:14"},
    {"kind": "infusion_end", "value": "10:31", "_doc": "d3", "_ev": "stop 10:31"},
    {"kind": "fev1", "value": 43, "_doc": "d1", "_ev": "FEV1 was 43 percent predicted"},
    {"kind": "fev1", "value": 45, "_doc": "d1", "_ev": "45 percent in July"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "One exacerbation in the past 12 mo (was 4 in the yr before augmentation)"},
    {"kind": "prior_authorization", "value": "CSA-PA-2601-77341", "_doc": "d2", "_ev": "Authorization number:  CSA-PA-2601-77341"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker."},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d3", "_ev": "Zemaira 4,190 mg IV", "_dos": True},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d1", "_ev": "She was on Prolastin-C from 2023"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 69.8, "weight_date": "2026-02-03",
    "dose_mg": 4190, "target_mg": 4188.0, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 419, "units_billed": 419,
    "vials_mg": [4048, 1016], "waste_mg": 874, "jw_expected": 87, "jw_billed": 87,
    "expirations": ["2026-11-30", "2027-04-30"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "about 4,254 mg, 426 units", "reviewer's calculation"),
    ("d1", "up\n  to 430 units per week", "approved units, not billed"),
    ("d1", "under 11 micromolar", "policy threshold"),
    ("d1", "FEV1 25 to 65 percent", "policy range"),
    ("d1", "120 mL a year", "policy decline"),
    ("d1", "IOD-26-008812", "adverse-determination case number"),
    ("d1", "If she were smoking", "hypothetical"),
    ("d1", "Her brother is also on augmentation, PI*ZZ", "relative"),
    ("d2", "< 57 mg/dL by nephelometry, < 80 mg/dL by RID", "policy threshold"),
    ("d2", "FEV1 25-65 % predicted", "policy range"),
    ("d2", "up to 430 units", "approved quantity"),
    ("d3", "was 4,240 mg on 01/27", "last week's dose"),
    ("d3", "calc 60 x 69.8 = 4,188 mg", "calculation"),
    ("d3", "(actual 4,048 mg)", "vial potency"),
    ("d3", "total reconstituted 5,064 mg", "vial total"),
    ("d3", "01/27 ran 10:05-10:22", "last week's times"),
    ("d3", "placed 09:58", "PIV time"),
    ("d3", "PIV d/c 10:45", "PIV removal"),
]

NOTES = """
Complete (Medicare Advantage on the medicare profile: prior_authorization not_applicable, the plan's
authorization number is still listed as a finding). Peer-to-peer transcript: treating physician states the
patient's genotype PI*Z/Mmalton, pre-treatment AAT 5.2 uM, FEV1 43 % and 45 %, panlobular emphysema, GOLD 3
COPD, never smoker, weight 70.9 kilos (01/13), Prolastin-C history; reviewer's quoted thresholds (under 11,
FEV1 25-65, 120 mL/yr), his 4,254 mg / 426-unit calculation and the 430-unit approval are traps. Nursing
note with inline prior values: Wt 69.8 kg (prev 70.6 kg 01/27; 70.9 kg 01/13), 'Δ -0.8 kg', dose 4,190 mg
(was 4,240 mg), last week's 10:05-10:22, vial actual potencies 4,048 + 1,016 mg, waste 874 mg -> JW 87.
Response is taken from the nursing progress note, not from the P2P ('other').
"""
