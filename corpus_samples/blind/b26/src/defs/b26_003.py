"""b26-003: commercial, complete. Style (3): the pharmacy's IV compounding / dose verification record
(vials scanned, actual potency per vial, volume drawn, residual discarded) and a separate nursing
infusion record; lots/expirations and the discarded amount only in the pharmacy record, the amount
given and the times only in the nursing record. Zemaira 4,986 mg from a 3,968 mg kit + 1,042 mg vial,
24 mg discarded; J0256 499, no modifier (commercial)."""

CHART_ID = "b26-003"
DOS = "2026-01-27"
PAYER = {"profile": "commercial", "name": "BlueRiver Health PPO"}
PRIOR_AUTH = "BR-UM-2025-118734"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 499, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
ST. ANSGAR MEDICAL CENTER - INPATIENT/OUTPATIENT PHARMACY
IV COMPOUNDING RECORD / DOSE VERIFICATION                      Rx# 7740215
-------------------------------------------------------------------------------
Patient: OKONKWO-BAIRD, FELICITY A      MRN 00581226      DOB 07/14/1967
Location: Outpatient Infusion (OPI) Chair 6        Prescriber: H. Lindgren, MD
Order: alpha-1 proteinase inhibitor (human) [ZEMAIRA] 60 mg/kg IV once weekly
Dosing weight (RN-entered 01/27/2026 12:31): 83.1 kg
Calculated dose: 60 mg/kg x 83.1 kg = 4,986 mg          Round: none (exact)
Previous fill 01/20/2026: 4,962 mg @ 82.7 kg (Rx# 7738802)
-------------------------------------------------------------------------------
COMPONENTS SCANNED (barcode, DSCSA 2D)
  #  Product                       NDC            Lot          Exp         Label potency  Diluent
  1  Zemaira 4 g kit (76 mL SWFI)  0053-7202-02   P100702215   09/30/2027  3,968 mg       76 mL
  2  Zemaira 1 g vial (20 mL SWFI) 0053-7201-02   P100688431   04/30/2027  1,042 mg       20 mL
     SWFI diluent lots: W25318 (76 mL), W25402 (20 mL)
  Total labeled potency available ................................ 5,010 mg
  Concentration after reconstitution: 3,968/76 = 52.2 mg/mL ; 1,042/20 = 52.1 mg/mL
-------------------------------------------------------------------------------
PREPARATION
  Reconstituted with Mix2Vial, swirled (not shaken), pooled into empty 250 mL bag.
  Volume withdrawn for dose: 95.5 mL (= 4,986 mg)
  Final container: 4,986 mg / 95.5 mL, no further dilution, 5 micron filter set attached
  Residual discarded in pharmacy: 24 mg (0.46 mL) - partial vial, single-use, pharm waste bin
  BUD: 01/27/2026 15:48 (3 h from reconstitution, room temp)
-------------------------------------------------------------------------------
VERIFICATION
  Order verified ............ 12:36  J. Farrokhzad, PharmD
  Compounded ................ 12:48  T. Ibsen, CPhT
  Final check (product/vol).. 12:58  J. Farrokhzad, PharmD   [gravimetric 96.2 g, within 2%]
  Sent via tube to OPI ...... 13:02
Non-formulary note: plan prefers Prolastin-C; Zemaira approved under PA for prior Prolastin-C
infusion reactions (2022). Do not substitute.
"""

D2 = """
ST. ANSGAR MEDICAL CENTER - OUTPATIENT INFUSION
NURSING INFUSION RECORD                                     01/27/2026
Pt: Okonkwo-Baird, Felicity A   MRN 00581226   DOB 07/14/1967   Chair 6
Arrival: 12:20        RN: Maren Solheim, RN

Pre-assessment (12:31)
  Wt 83.1 kg (standing scale)   Ht 165 cm
  BP 124/76   HR 78   RR 16   T 36.8   SpO2 95% RA
  Lungs: diminished bases, no wheeze. No fever or infection symptoms this week.
  Pre-infusion questions: new meds - none; last dose 01/20, no delayed reaction.
Access: 24g PIV L forearm at 12:40, blood return present.
Premed: none ordered.

Administration
  Product: Zemaira (alpha1-PI) - bag from pharmacy, label checked with 2nd RN (A. Vik) 13:08
  Amount given: 4,986 mg IV via 5 micron in-line filter
  Infusion start: 13:12     Rate ~0.08 mL/kg/min (6.6 mL/min)
  Infusion stop: 13:31
  Line flushed with 20 mL NS at 13:32

Monitoring
  13:20  BP 122/74  HR 80  SpO2 95%
  13:45  BP 120/72  HR 76  SpO2 96%
  No flushing, urticaria or dyspnea.
Discharge 13:55 ambulatory, PIV removed, cath intact.
Next appointment: 02/03/2026 12:30 (same chair).

Signed: Maren Solheim, RN 01/27/2026 14:06
"""

D3 = """
ST. ANSGAR PULMONARY & CRITICAL CARE - CLINIC NOTE
Date: 01/13/2026          Provider: Hedda Lindgren, MD
Patient: Felicity A. Okonkwo-Baird, 58 F, MRN 00581226

Subjective: Seen for AATD follow-up. On Zemaira weekly in the St. Ansgar infusion suite
since 11/2022 (switched from Prolastin-C after two infusion reactions with urticaria). She has
had no exacerbations in 2025 (two in 2021, one in 2022), is back to swimming twice a week, and
says her energy is better than it was before infusions. Never smoker; grew up with a father
who smoked indoors. No hemoptysis, no weight loss.

History: Alpha-1 antitrypsin deficiency, phenotype PI*ZZ (2021), pre-treatment AAT
0.31 g/L. Panacinar emphysema on CT (2021, lower lobes). Hypothyroidism. Osteopenia.
Brother (52) tested PI*ZZ, level 0.28 g/L, not yet on therapy - he is followed in Duluth.

Medications: Zemaira 60 mg/kg IV weekly; tiotropium 2.5 mcg 2 puffs daily; levothyroxine
88 mcg daily; calcium/vitamin D.

Objective: Wt 82.9 kg. BP 126/78. SpO2 96% RA.
Spirometry (post-bronchodilator): FEV1 1.71 L, 58% predicted; FEV1/FVC 0.52.
  One year ago FEV1 1.74 L (59% predicted).

Assessment/Plan:
1. AATD (PI*ZZ) with panacinar emphysema - responding well to augmentation: no exacerbations
   in 12 months and FEV1 essentially stable (-30 mL). Continue Zemaira 60 mg/kg weekly.
   Renewal for BlueRiver submitted 12/2025; approval BR-UM-2025-118734 runs to 12/2026.
2. Hypothyroidism - TSH 2.1 in 11/2025, continue.
3. Osteopenia - DEXA 2027.
Return 6 months, spirometry each visit.

Hedda Lindgren, MD - electronically signed 01/13/2026
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-01-27", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-01-27", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-13", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, phenotype PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "phenotype PI*ZZ (2021)"},
    {"kind": "serum_aat", "value": 0.31, "unit": "g/L", "_doc": "d3", "_ev": "pre-treatment AAT\n0.31 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Panacinar emphysema on CT"},
    {"kind": "weight", "value": 83.1, "unit": "kg", "value_kg": 83.1, "_date": "2026-01-27", "_doc": "d2", "_ev": "Wt 83.1 kg (standing scale)"},
    {"kind": "weight", "value": 82.7, "unit": "kg", "value_kg": 82.7, "_date": "2026-01-20", "_doc": "d1", "_ev": "4,962 mg @ 82.7 kg"},
    {"kind": "weight", "value": 82.9, "unit": "kg", "value_kg": 82.9, "_date": "2026-01-13", "_doc": "d3", "_ev": "Wt 82.9 kg"},
    {"kind": "dose", "value": 4986, "_doc": "d2", "_ev": "Amount given: 4,986 mg IV"},
    {"kind": "wastage", "value": 24, "_doc": "d1", "_ev": "Residual discarded in pharmacy: 24 mg"},
    {"kind": "lot_number", "value": "P100702215", "_doc": "d1", "_ev": "0053-7202-02   P100702215"},
    {"kind": "lot_number", "value": "P100688431", "_doc": "d1", "_ev": "0053-7201-02   P100688431"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "P100702215   09/30/2027"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "P100688431   04/30/2027"},
    {"kind": "infusion_start", "value": "13:12", "_doc": "d2", "_ev": "Infusion start: 13:12"},
    {"kind": "infusion_end", "value": "13:31", "_doc": "d2", "_ev": "Infusion stop: 13:31"},
    {"kind": "fev1", "value": 58, "_doc": "d3", "_ev": "FEV1 1.71 L, 58% predicted"},
    {"kind": "fev1", "value": 59, "_doc": "d3", "_ev": "FEV1 1.74 L (59% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "responding well to augmentation: no exacerbations\n   in 12 months"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "prior_authorization", "value": "BR-UM-2025-118734", "_doc": "d3", "_ev": "approval BR-UM-2025-118734"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d2", "_ev": "Product: Zemaira (alpha1-PI)"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "switched from Prolastin-C after two infusion reactions"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-01-27",
    "weight": {"value": 83.1, "unit": "kg", "kg": 83.1, "date": "2026-01-27"},
    "dose_mg": 4986,
    "target_mg": 4986.0,
    "tolerance_mg": 498.6,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 499,
    "units_billed": 499,
    "waste_mg": 24,
    "jw_units_expected": 2,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2027-09-30", "2027-04-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Two records of one administration: the pharmacy compounding/verification record (type
other) holds the scanned vials with lots, expirations and label potencies (3,968 + 1,042 = 5,010 mg)
and the 24 mg residual discarded; the nursing record holds the amount given (4,986 mg) and the
start/stop times. Commercial claim: J0256 499 (ceil 498.6), no JW/JZ, waste documented -> met.
Traps: calculated dose line (same value, a calculation); previous fill 4,962 mg on 01/20 (its
82.7 kg weight is listed, the DOS 83.1 kg governs); label potencies and 5,010 mg total; SWFI diluent
lots W25318/W25402; BUD 01/27/2026 15:48 (beyond-use, not the product expiration); verification,
compounding, tube and label-check times; PIV 12:40, flush 13:32, monitoring and discharge times;
next appointment; brother PI*ZZ 0.28 g/L; plan-preferred Prolastin-C note; historical Prolastin-C is
the patient's earlier product (listed). Gravimetric 96.2 g.
"""
