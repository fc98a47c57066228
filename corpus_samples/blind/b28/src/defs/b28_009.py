"""b28-009: medicare, complete. Styles (2) sideways flowsheet print (weight in lb only) and (6) Glassia
patient-information sheet / consent with generic example doses, plus a pulmonology progress note.
Glassia 4,140 mg drawn from 5 vials (label 978 + 1,012 + 1,004 + 996 + 990 = 4,980 mg), 840 mg
discarded; J0257 414 + J0257-JW 84."""

CHART_ID = "b28-009"
DOS = "2026-03-19"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 414, "modifiers": []},
    {"hcpcs": "J0257", "units": 84, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PINE HOLLOW MEDICAL CENTER  *  HOSPITAL OUTPATIENT INFUSION  *  FLOWSHEET (times across)
TOLLIVER, HAROLD J   MRN 6620041   DOB 01/09/1953   M   Enc 03/19/2026   Rm INF-11
Attending: Beatrix Quon, MD     Wt 152 lb (today, chair scale)     Allergies: NKDA
Ordered: GLASSIA 60 mg/kg IV weekly (dose from today's weight), 5 micron filter, max 0.2 mL/kg/min

DATE 03/19/2026 -->   0938    0951    1003    1008    1013    1018    1024    1054    1101
---------------------------------------------------------------------------------------------
Activity              ARRIVE  IV      BEGIN   .       .       .       END     OBS     DISCH
                      VS      START   GLAS-                           GLAS-   COMPL
                                      SIA                             SIA
Rate mL/hr            .       KVO     600     600     600     600     0       .       .
Vol infused mL        .       .       0       50      100     150     207     .       .
Dose infused mg       .       .       0       1000    2000    3000    4140    .       .
BP                    150/88  .       146/86  .       142/84  .       140/82  136/80  138/80
HR                    88      .       86      .       84      .       84      80      80
SpO2 %                91      .       92      .       92      .       93      93      92
Site check            .       22G L   OK      OK      OK      OK      OK      OK      D/C'D
                              FA
RN initials           PD      PD      PD      PD      PD      PD      PD      PD      PD
---------------------------------------------------------------------------------------------

PRODUCT / WASTE RECORD (pharmacy + RN co-sign)
  Glassia 1 g/50 mL vials, actual content per carton:
    #1 978 mg   #2 1,012 mg   #3 1,004 mg   #4 996 mg   #5 990 mg   = 4,980 mg (250 mL)
    all five from Lot GB25M0417, exp 2027-05-31
  Dose drawn/infused: 4,140 mg (207 mL)
  Discarded: 840 mg (42.4 mL of vial #5) - single-use vial, not reusable
  Witness: P. Dubois, RN / G. Hale, PharmD   03/19/2026 0958
Premed: none. Ondansetron 4 mg ODT given 1030 for mild nausea after infusion (resolved).
Next infusion 03/26/2026 0930.
"""

D2 = """
PINE HOLLOW MEDICAL CENTER - PATIENT INFORMATION
GLASSIA [alpha1-proteinase inhibitor (human)] - what to expect at your weekly infusion
(Give to patient at first visit; signed copy scanned to chart)

  * Why: to raise alpha-1 antitrypsin (AAT) in people with a severe inherited deficiency and
    emphysema. AAT levels under 11 µM (roughly 50-57 mg/dL) are considered severely deficient.
  * How much: 60 mg per kg of body weight every week. Examples (for illustration only):
        50 kg  ->  3,000 mg (150 mL)
        80 kg  ->  4,800 mg (240 mL)
       100 kg  ->  6,000 mg (300 mL)
    Your dose is recalculated from your weight at each visit.
  * How long: Glassia is a liquid. The infusion usually takes 15 to 60 minutes; your nurse will
    not run it faster than 0.2 mL per kg per minute.
  * Waste: Glassia vials are single-use. Any medicine left in an opened vial must be thrown away.
  * Call us for: fever over 100.4 F, hives, swelling, chest pain, trouble breathing.

CONSENT
I, Harold J. Tolliver, agree to receive GLASSIA infusions as ordered by Dr. B. Quon. The risks
(allergic reaction, infusion reactions, a very small risk of infection because the product is
made from human plasma), benefits and alternatives were explained, and my questions answered.
Signature: Harold J Tolliver    Date: 10/02/2025    Witness: P. Dubois, RN
"""

D3 = """
PINE HOLLOW PULMONARY CLINIC - PROGRESS NOTE
DOS: 02/05/2026           Provider: Beatrix Quon, MD
Patient: Tolliver, Harold J.  73 y/o M  MRN 6620041

S: Four-month check. On weekly Glassia since 10/2025 for AATD. Says his energy and breathing
are "steady"; he has had no exacerbations since starting (two in the six months before), and he
is back to his woodworking shop two afternoons a week. No reactions apart from occasional
nausea afterward. Former smoker, quit 1999, 40 pack-years. Wife is a current smoker but smokes
outside.
O: Wt 68.3 kg. BP 144/86, HR 84, SpO2 92% RA. Decreased breath sounds bilaterally, no wheeze.
   PFT 01/2026: FEV1 1.41 L (46% predicted), FEV1/FVC 0.41, TLC 121%, DLCO 39%.
   CT 08/2025: panlobular emphysema, basal predominant; 5 mm RUL nodule (stable since 2023).
   Labs (09/2025, pre-treatment): AAT 41 mg/dL; SERPINA1 genotyping - Z and Mmalton alleles
   (compound heterozygote, Z/Mmalton).
A/P:
1. Alpha-1 antitrypsin deficiency, Z/Mmalton, with panlobular emphysema - stable on
   augmentation, no exacerbations since starting. Continue Glassia 60 mg/kg IV weekly.
2. Emphysema: continue umeclidinium/vilanterol; albuterol prn. Pulm rehab maintenance.
3. Nausea after infusions: ondansetron 4 mg ODT prn after infusion.
4. RUL nodule: stable 2 years - no further imaging.
RTC 4 months.
                                           Beatrix Quon, MD   02/05/2026 12:10
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-19", "text": D1},
    {"id": "d2", "type": "other", "date": "2025-10-02", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-05", "text": D3},
]

HDR = "DATE 03/19/2026 -->   0938    0951    1003    1008    1013    1018    1024    1054    1101"

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, Z/Mmalton"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d3", "_ev": "(compound heterozygote, Z/Mmalton)"},
    {"kind": "serum_aat", "value": 41, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 41 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, basal predominant"},
    {"kind": "weight", "value": 152, "unit": "lb", "value_kg": 68.9, "_date": "2026-03-19", "_doc": "d1",
     "_ev": "Wt 152 lb (today, chair scale)"},
    {"kind": "weight", "value": 68.3, "unit": "kg", "value_kg": 68.3, "_date": "2026-02-05", "_doc": "d3",
     "_ev": "Wt 68.3 kg"},
    {"kind": "dose", "value": 4140, "_doc": "d1", "_ev": "Dose drawn/infused: 4,140 mg (207 mL)"},
    {"kind": "wastage", "value": 840, "_doc": "d1", "_ev": "Discarded: 840 mg (42.4 mL of vial #5)"},
    {"kind": "lot_number", "value": "GB25M0417", "_doc": "d1", "_ev": "all five from Lot GB25M0417"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "Lot GB25M0417, exp 2027-05-31"},
    {"kind": "infusion_start", "value": "10:03", "_doc": "d1",
     "_ev": "Activity              ARRIVE  IV      BEGIN", "_hdr": HDR},
    {"kind": "infusion_end", "value": "10:24", "_doc": "d1",
     "_ev": "Activity              ARRIVE  IV      BEGIN   .       .       .       END", "_hdr": HDR},
    {"kind": "fev1", "value": 46, "_doc": "d3", "_ev": "FEV1 1.41 L (46% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3",
     "_ev": "stable on\n   augmentation, no exacerbations since starting"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 1999"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "Glassia 1 g/50 mL vials"},
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-19",
    "weight": {"value": 152, "unit": "lb", "kg": 68.9, "date": "2026-03-19"},
    "dose_mg": 4140,
    "target_mg": 4134.0,
    "tolerance_mg": 413.4,
    "deviation_pct": 0.15,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 414,
    "units_billed": 414,
    "waste_mg": 840,
    "jw_units_expected": 84,
    "jw_units_billed": 84,
    "modifiers": [],
    "expirations": ["2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Weight only in lb on the DOS (152 lb = 68.9 kg; target 4,134 mg; 4,140 mg is +0.15 %). Five
vials needed (first four = 3,990 mg < dose); 840 mg discarded -> JW 84, administered 414. Sideways grid:
start = "BEGIN GLASSIA" in the 1003 column, stop = "END GLASSIA" in the 1024 column; arrive 0938, IV start
0951 (the PIV, not the drug), obs complete 1054, discharge 1101 are not. Traps: cumulative-dose row
1000/2000/3000 mg; 4,980 mg total vial content and per-vial potencies; witness time 0958; ondansetron 4 mg
at 1030; info sheet examples (50/80/100 kg -> 3,000/4,800/6,000 mg), 11 µM / 50-57 mg/dL threshold, rate
limit, consent date 10/02/2025; wife current smoker (not the patient); 5 mm nodule; TLC/DLCO. Z/Mmalton -> [Z, MMALTON].
"""
