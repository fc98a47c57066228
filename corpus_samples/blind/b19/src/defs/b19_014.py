CHART_ID = "b19-014"
DOS = "2026-03-18"
PAYER = {"profile": "medicare", "name": "Humana Gold Plus HMO (Medicare Advantage)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 332, "modifiers": []},
    {"hcpcs": "J0256", "units": 18, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
CENTERWELL SPECIALTY PHARMACY -- REFILL ASSESSMENT (provider-administered, ship to clinic)
Assessment date: 03/13/2026 15:10 ET    Method: phone, patient + clinic RN (3-way)
Patient: NUMATA, CLIFFORD A    DOB 05/20/1947    Rx# 20-118844-7
Drug: PROLASTIN-C LIQUID (alpha1-PI) 1000 mg/20 mL and 500 mg/10 mL single-dose vials
Dose: 3,320 mg IV once weekly (60 mg/kg on dosing wt 55.3 kg, clinic 03/04/2026)
Doses per week: 1     Vials per dose: 3 x 1000 mg + 1 x 500 mg (3,500 mg; ~180 mg discarded per dose)
Dispense: 1 dose (weekly ship to Kahala Pulmonary Infusion, refrigerated)

UTILIZATION CHECK
  Shipped 03/06: 3 x 1000 mg + 1 x 500 mg   Used 03/11 (per clinic RN): 3 x 1000 + 1 x 500   On hand: 0
  Shipped 02/27 (for 03/04): same, all used
  Missed doses (90 days): 0
CLINICAL
  Tolerance: no reactions; "a bit tired that evening"
  Exacerbations / antibiotics / steroids since last assessment: none
  New medications: none (amlodipine 5 mg unchanged)
  Smoking: former, quit 1985
COVERAGE
  Humana MA Part B drug; prior authorization on file per plan portal (not required for refill ship)
SHIPMENT
  Ship 03/16/2026 overnight, cold chain 2-8 C, to Kahala Pulmonary Infusion, attn: infusion RN
Pharmacist: Grace Nakagawa-Lim, PharmD

DELIVERY CONFIRMATION / PACKING SLIP
Order SC-0316-77412     Delivered 03/17/2026 09:26 AM     Received by: L. Kealoha (clinic MA)
Item                                   Qty   Lot        Exp
PROLASTIN-C LIQUID 1000 MG/20 ML       3     PC25M019   02/28/2027
PROLASTIN-C LIQUID 500 MG/10 ML        1     PC25M044   02/28/2027
Temp indicator: in range    Placed in med fridge 2 at 09:31
"""

D2 = r"""
inf rn 3/18/26 chair 5 kahala pulm
numata clifford 78m  aatd pi*zz, emphysema. wkly prolastin-c liquid (white bag from centerwell)
arr 0840
wt 55.1kg standing (dosing wt 55.3 on 3/4, ok per protocol, no new order needed)
vs 0846 bp 128/70 hr 68 rr 16 spo2 93% ra t 36.4
bag check w/ 2nd rn (k. ahina): 1000mg x3 lot PC25M019 exp 2/28/27 ✓ matches slip
500mg vial in bag = lot PC25K822 exp 06/30/2026 -> does NOT match slip (slip says PC25M044)
 -> called centerwell 0858, spoke w/ g. nakagawa-lim pharmd: slip printed w/ wrong lot, vial PC25K822 is correct dispense, in date. ok to use
piv 24g l fa @0905 x1
prolastin-c liquid 3320mg = 66.4ml drawn from 3x1000 + 1x500 vials
waste 180mg (3.6ml) rest of 500mg vial -> rx waste bin, witnessed k. ahina rn
start 0912 / done 0930 @ ~3.7ml/min (0.08ml/kg/min = 4.4 max)
ns flush 10ml
-> no rxn. vs 0936 bp 124/68 hr 66 spo2 94%
piv out 0940, d/c 0945 w/ wife
next 3/25 0840
c. morimoto rn
"""

D3 = r"""
pulm clinic rn progress note 3/18/26 (pre-infusion check, dr. ishikawa's pt)
numata c  dob 5/20/47
hx: aatd (E88.01) pi*zz dx 2023, aat 0.29 g/L @dx (ref 0.9-2.0)
emphysema panlobular on ct 2023 (J43.1), fev1 46% pred 10/2025
former smoker quit 1985, ~20 pk yr
on augmentation since 11/2024 (prolastin-c liquid wkly)
s: no exacerbations since starting augmentation 11/2024, walks ~1 mi daily w/ wife, no abx/pred this yr
   pt feels "more stamina than last year" 
o: lungs diminished, no wheeze, no edema
a: stable/improved on augmentation, tolerating well
p: infuse today as ordered; reweigh each visit, rn to notify md if wt change >5%
   pneumovax/pcv20 up to date; flu 10/2025
   daughter (age 44) pi*mz, level 96 mg/dl -- no tx
   meds: trelegy 1 inh daily, albuterol prn (~1x/wk), amlodipine 5mg daily, vit d 1000 units
   o2: none at rest; 6mwt 11/2025 410 m, nadir spo2 89%
c. morimoto rn / reviewed k. ishikawa md 3/18/26
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-17", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-18", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-18", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d3", "aatd (E88.01) pi*zz dx 2023")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d3", "aatd (E88.01) pi*zz dx 2023")},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "ev": ("d3", "aat 0.29 g/L @dx")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d3", "emphysema panlobular on ct 2023 (J43.1)")},
    {"kind": "fev1", "value": 46, "ev": ("d3", "fev1 46% pred 10/2025")},
    {"kind": "weight", "value": 55.1, "unit": "kg", "value_kg": 55.1, "ev": ("d2", "wt 55.1kg standing")},
    {"kind": "weight", "value": 55.3, "unit": "kg", "value_kg": 55.3, "ev": ("d2", "dosing wt 55.3 on 3/4")},
    {"kind": "dose", "value": 3320, "ev": ("d2", "prolastin-c liquid 3320mg = 66.4ml")},
    {"kind": "wastage", "value": 180, "ev": ("d2", "waste 180mg (3.6ml)")},
    {"kind": "lot_number", "value": "PC25M019", "ev": ("d2", "1000mg x3 lot PC25M019 exp 2/28/27")},
    {"kind": "lot_number", "value": "PC25K822", "ev": ("d2", "500mg vial in bag = lot PC25K822 exp 06/30/2026")},
    {"kind": "expiration_date", "value": "2027-02-28", "ev": ("d2", "exp 2/28/27")},
    {"kind": "expiration_date", "value": "2026-06-30", "ev": ("d2", "exp 06/30/2026")},
    {"kind": "infusion_start", "value": "09:12", "ev": ("d2", "start 0912")},
    {"kind": "infusion_end", "value": "09:30", "ev": ("d2", "done 0930")},
    {"kind": "response_to_therapy", "ev": ("d3", "no exacerbations since starting augmentation 11/2024")},
    {"kind": "smoking_status", "value": "former", "ev": ("d3", "former smoker quit 1985")},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "ev": ("d2", "prolastin-c liquid 3320mg")},
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
    "weight": {"value": 55.1, "unit": "kg", "value_kg": 55.1},
    "dose_mg": 3320, "target_mg_per_kg": 60, "target_mg": 3306.0, "pct_diff": 0.42, "within_10pct": True,
    "claim_lines": [
        {"hcpcs": "J0256", "modifiers": [], "units_billed": 332, "bu_mg": 10, "expected_units": 332},
        {"hcpcs": "J0256", "modifiers": ["JW"], "units_billed": 18, "bu_mg": 10, "expected_units": 18},
    ],
    "waste_mg": 180, "jw_units_expected": 18,
    "lots": [{"lot": "PC25M019", "exp": "2027-02-28", "exp_not_before_dos": True},
             {"lot": "PC25K822", "exp": "2026-06-30", "exp_not_before_dos": True}],
    "dos_products": ["Prolastin-C Liquid"],
}

NOTES = ("Complete (Medicare Advantage, medicare profile; JW 18 = floor(180/10)). Traps: packing-slip 500 mg lot "
         "PC25M044 was printed in error; the pharmacy confirmed vial lot PC25K822 exp 06/30/2026 (correction "
         "supersedes the slip); '~180 mg discarded per dose' in the pharmacy note is a plan-level estimate, the "
         "DOS waste is the nurse's 180 mg; shipments 02/27 and 03/06 and the 03/11 use; dosing weight 55.3 kg "
         "(03/04, historical) vs 55.1 kg today; arrival 0840, vitals 0846/0936, call 0858, PIV 0905/0940, "
         "discharge 0945, fridge 09:31; amlodipine 5 mg; daughter PI*MZ 96 mg/dL; '(ref 0.9-2.0)'.")

META = {
    "style": "(7)+(4) specialty-pharmacy refill assessment for a white-bagged provider-administered drug (doses/vials per week, shipped vs used vs on hand) with packing slip + lowercase infusion RN shorthand with slip-vs-vial lot reconciliation + RN shorthand progress note (Prolastin-C Liquid, J0256 + JW)",
    "gaps": "none (complete)",
    "traps": "slip lot PC25M044 superseded by vial lot PC25K822; pharmacy '~180 mg discarded per dose'; earlier shipments; dosing weight 55.3 kg; arrival/vitals/call/PIV/discharge times; daughter PI*MZ 96 mg/dL; reference range",
}
