CHART_ID = "b19-008"
DOS = "2026-03-10"
PAYER = {"profile": "medicare", "name": "Medicare Part B (NGS J6)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4080, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
opi rn note 3/10/26 chair 3
marchetti, eunice p  dob 12/1/49  mrn 4471-0925
aatd pi*zz / emphysema, wkly prolastin-c since 2012
arr 0838. wt 68.2kg (150.4lb) standing scale. last wk 68.9
vs 0845 bp 134/70 hr 80 rr 18 spo2 92% ra t 36.6
c/o ↑ sob walking to car in the cold, otherwise baseline. no fever, no abx/pred since 12/2025
piv 22g r ac @0851 x1, good blood return
prolastin-c 1g vials x4, label actual 1020/1020/1020/1020 -> 4080mg actual, all vials used -> no waste (JZ)
lot 26B1183 exp 10/31/2026 x4
recon 0855-0908 swirl not shake, room temp
start 0912 / done 0941 @ ~2.8ml/min via pump
(4080mg = 81.6ml)
ns flush 10ml 0942
-> no rxn, no ha/flushing. vs 0950 bp 130/72 hr 78 spo2 93%
piv out 0955 intact. d/c 1000 ambulatory w/ husband
next 3/17 0830 ✓
dose check: 60mg/kg x 68.2 = 4092mg -> 4080 w/in 10% per md protocol
k. brandvold rn
"""

D2 = r"""
LAKEVIEW PULMONARY & SLEEP
A1PI AUGMENTATION -- 6-MONTH REASSESSMENT / ORDER RENEWAL
(check all that apply; fields left blank = not assessed)

Patient: Marchetti, Eunice P      DOB 12/01/1949      Date: 02/17/2026
Diagnosis:   [x] E88.01 AATD   [x] J43.1 Panlobular emphysema   [ ] J44.9 COPD   [ ] Other ______
Phenotype/genotype:   [x] ZZ   [ ] SZ   [ ] Z/null   [ ] Other: ______      Year tested: 2012
Baseline serum AAT: 26 mg/dL    [x] nephelometry   [ ] RID   [ ] unknown      (date: 03/2012)
On-treatment trough: ______ mg/dL   (date: ________)
Smoking:   [ ] Current   [x] Former (quit 1990)   [ ] Never
FEV1 % predicted:   today ____ %      last (08/2025) 34 %
Exacerbations in past 6 months:   [x] 0   [ ] 1   [ ] 2 or more
Response (check one):   [ ] Improved   [x] Stable   [ ] Worse
   Comment: stable on Prolastin-C; no exacerbations; O2 2 L at night only
Adherence:   [x] >= 90% of scheduled infusions   [ ] < 90%
Adverse events:   [x] None   [ ] Headache   [ ] Other ______
Continue augmentation:   ☑ Yes   ☐ No
Product:   ☑ Prolastin-C   ☐ Prolastin-C Liquid   ☐ Aralast NP   ☐ Zemaira   ☐ Glassia
Dose: 60 mg/kg IV weekly     Dosing weight: ______ kg  (use weight on day of infusion)
Dose: ____ mg   (infusion RN to calculate from today's weight)
Billing: HCPCS ______ (pharmacy to assign)      Modifier:  ☐ JW  ☐ JZ  (check at administration)
Labs ordered:   ☐ AAT trough   ☐ CMP   ☑ CBC   ☐ None
Next reassessment: 08/2026
Signature: Howard Pinckney, DO      02/17/2026 11:20
"""

D3 = r"""
LAKEVIEW HOSPITAL -- OUTPATIENT INFUSION CHARGE CAPTURE SHEET
(completed by infusion RN; keyed by charge entry)
Patient: MARCHETTI, EUNICE P     Acct: 88120417      DOS: 03/10/2026     Chair: 3
Payer (check one):  ☑ Medicare Part B   ☐ Medicare Advantage   ☐ Medicaid   ☐ Commercial   ☐ Self-pay

DRUG (check one, enter units per chargemaster)
☑ J2252  Alpha-1 proteinase inhibitor (human), 1 mg (CDM 6600412)      Units: 4080
☐ J0256  Alpha-1 proteinase inhibitor NOS, 10 mg (CDM 6600415)        Units: ______
☐ J0257  Glassia, 10 mg (CDM 6600418)                                 Units: ______
Modifier:   ☐ JW (amount discarded: ______ mg)    ☑ JZ (zero discarded)
NDC: 13533-0700-xx (Prolastin-C 1000 mg)     NDC qty: 4 UN

ADMINISTRATION
☑ 96365 IV infusion, initial, up to 1 hr     Start 0912   Stop 0941   (29 min)
☐ 96366 each additional hour
☐ 96374 IV push     ☐ 96361 hydration add-on
☐ 96413 chemo/biologic infusion (not applicable)

SUPPLIES / OTHER
☐ Premedication given: ______________
☑ NS flush 10 mL (bundled)
RN: K. Brandvold, RN     03/10/2026 10:12
Charge entry: M. Suarez   03/10/2026 15:40   Batch 0310-OPI-07
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-17", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d2", "[x] E88.01 AATD")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d1", "aatd pi*zz")},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL", "ev": ("d2", "Baseline serum AAT: 26 mg/dL")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d2", "[x] J43.1 Panlobular emphysema")},
    {"kind": "fev1", "value": 34, "ev": ("d2", "last (08/2025) 34 %")},
    {"kind": "weight", "value": 68.2, "unit": "kg", "value_kg": 68.2, "ev": ("d1", "wt 68.2kg (150.4lb)")},
    {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9, "ev": ("d1", "last wk 68.9")},
    {"kind": "dose", "value": 4080, "ev": ("d1", "-> 4080mg actual")},
    {"kind": "wastage", "value": 0, "ev": ("d1", "all vials used -> no waste (JZ)")},
    {"kind": "lot_number", "value": "26B1183", "ev": ("d1", "lot 26B1183")},
    {"kind": "expiration_date", "value": "2026-10-31", "ev": ("d1", "exp 10/31/2026")},
    {"kind": "infusion_start", "value": "09:12", "ev": ("d1", "start 0912")},
    {"kind": "infusion_end", "value": "09:41", "ev": ("d1", "done 0941")},
    {"kind": "response_to_therapy", "ev": ("d2", "stable on Prolastin-C; no exacerbations")},
    {"kind": "smoking_status", "value": "former", "ev": ("d2", "[x] Former (quit 1990)")},
    {"kind": "drug_product", "value": "Prolastin-C", "ev": ("d1", "prolastin-c 1g vials x4")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 68.2, "unit": "kg", "value_kg": 68.2},
    "dose_mg": 4080, "target_mg_per_kg": 60, "target_mg": 4092.0, "pct_diff": -0.29, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J2252", "modifiers": ["JZ"], "units_billed": 4080, "bu_mg": 1, "expected_units": 4080}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "26B1183", "exp": "2026-10-31", "exp_not_before_dos": True}],
    "dos_products": ["Prolastin-C"],
}

NOTES = ("Complete per the guide's code table (J2252 = any A1PI product at 1 mg per unit; facts.md says CMS lists "
         "J2252 as midazolam, see README decisions). Traps: 'dose check 60mg/kg x 68.2 = 4092mg' is a calculation; "
         "label actual 1020 mg per vial; 'last wk 68.9' is a historical weight; blank 'Dose: ____ mg', 'Dosing "
         "weight: ______ kg', blank trough and 'today ____ %' FEV1 fields; unchecked J0256/J0257 boxes; arrival "
         "0838, vitals 0845/0950, PIV 0851/0955, recon 0855-0908, flush 0942, discharge 1000; '(29 min)' "
         "duration; next visit 3/17 0830.")

META = {
    "style": "(4)+(5) lowercase infusion RN shorthand with arrows/symbols ('-> 4080mg actual', 'start 0912 / done 0941', '-> no rxn') + checkbox reassessment/order-renewal form with blank fields + checkbox charge-capture sheet (Prolastin-C, J2252 1 mg units, JZ)",
    "gaps": "none (complete per guide code table)",
    "traps": "J2252 billed at 1 mg units (4080); 4092 mg calculation; per-vial label potency; 68.9 kg last week; blank dose/weight/trough/FEV1 fields; unchecked code boxes; arrival/vitals/PIV/recon/flush/discharge times; 29-min duration",
}
