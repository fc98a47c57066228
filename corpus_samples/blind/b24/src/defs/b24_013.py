"""b24-013: medicare (Medicare Advantage), gaps (infusion_times missing: no stop time; wastage
conflict: 290 mg discarded but JZ billed). Styles (2) home-infusion pharmacy documents (pharmacist
monitoring note, delivery ticket, nursing visit note with Time In/Out and an infusion section) +
(6) nurse one-liners. Zemaira kit 3,986 mg + vial 1,004 mg, 4,700 mg given; J0256 470 JZ."""

CHART_ID = "b24-013"
DOS = "2026-04-02"
PAYER = {"profile": "medicare", "name": "Humana Gold Plus HMO (Medicare Advantage)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 470, "modifiers": ["JZ"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
BLUEGRASS HOME INFUSION            PHARMACY CLINICAL MONITORING NOTE
Patient: MONTGOMERY, HAROLD E     Pt#: BG-55201    DOB: 03/27/1950    Loc: Lexington
MD: Saoirse Kavanagh, MD (Pulm)   Therapy: ZEMAIRA 60 MG/KG IV Q WEEK (Thu)
Date/Time: 03/30/2026 09:18       RPh: Lyle Broussard, PharmD
------------------------------------------------------------------------------
Dx ............ E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema
Insurance ..... Humana Gold Plus HMO - auth # 219904417 (02/01/2026-01/31/2027), home
                infusion benefit; drug billed J0256 (per 10 mg) + S9346 per diem
Wt ............ 78.6 kg (RN 03/19/26); 60 mg/kg -> 4,716 mg; order rounded to 4,700 mg
Vials ......... Zemaira 4 g kit (label 3,986 mg) + 1 g vial (label 1,004 mg) = 4,990 mg
                available; RN to draw 4,700 mg (94 mL) and discard remainder. Waste
                expected ~290 mg each week with this vial combination - reviewed w/
                manufacturer rep: no smaller vial size available.
Labs .......... none due. Last IgA 176 mg/dL (2024).
Clinical ...... RN notes 03/12-03/26 reviewed: no reactions; pt reports stable breathing.
                Tobacco: former (quit 1994).
Plan .......... Deliver 03/31 for 04/02 dose. Next monitoring 04/27.
L. Broussard, PharmD - e-signed 03/30/2026 09:41
"""

D2 = """
BLUEGRASS HOME INFUSION - DELIVERY TICKET                  No. 33018-A
Patient: MONTGOMERY, HAROLD E (BG-55201)   1900 Tates Creek Rd Apt 4, Lexington KY
Delivery date 03/31/2026   Driver: K. Sizemore   Temp: room temp (<= 25 C)
Dose date: 04/02/2026   Rx 8810352

ITEM                                   LOT           EXP          QTY   LABEL MG
ZEMAIRA 4 G KIT (w/ 76 mL SWFI)        P100671204    11/30/2027   1     3,986
ZEMAIRA 1 G VIAL (w/ 20 mL SWFI)       P100668850    09/30/2027   1     1,004
MIX2VIAL TRANSFER SET                  M2V-2510      10/2028      2     --
NS 0.9% FLUSH 10 ML                    3NX772        02/2028      4     --
SET, PUMP W/ 5 MICRON FILTER           PF-1147       07/2028      1     --
EPINEPHRINE 0.3 MG AUTO-INJECTOR       EA-771        12/2026      1     --
Received by: H. Montgomery  03/31/2026 15:22      Checked: L. Broussard, PharmD
"""

D3 = """
BLUEGRASS HOME INFUSION - RN HOME VISIT NOTE
Patient: MONTGOMERY, HAROLD E   Visit: 04/02/2026   RN: Tamsin Oakes, RN   Visit # 58
Time In: 09:20    Time Out: 11:05

0920 arrived; pt in recliner, wife present
0924 VS T 36.4 BP 138/78 HR 72 RR 18 SpO2 92% RA
0927 wt 78.0 kg on agency scale
0931 lungs diminished bilat; no new cough; pt says breathing "same as usual"
0938 kit + vial reconstituted w/ Mix2Vial, pooled
0946 PIV 24g R forearm, 2nd attempt (1st L hand infiltrated, no drug given via L)
0955 drew 4,700 mg (94 mL) into pump reservoir
0958 remaining 290 mg (5.8 mL) wasted into sharps container, wife witnessed
1002 Zemaira started per pump @ 6.2 mL/min
1012 VS BP 134/76 HR 74 SpO2 93%
1030 VS BP 132/74 HR 72 SpO2 93%; pt up to BR with walker
1050 PIV d/c'd, cath intact, pressure held
1058 next visit 04/09; delivery 04/07 confirmed
1105 left home

INFUSION
  Drug: Zemaira (alpha1-PI)   Dose: 4,700 mg / 94 mL   Route: PIV R forearm 24g
  Lots: P100671204 (kit), P100668850 (vial)   Exp: 11/30/2027, 09/30/2027
  Infusion start: 10:02    Infusion stop: ____
  Duration: approx 16 min     Rate: 6.2 mL/min
  Waste: 290 mg (see 0958)
  Reaction: none

Signed: Tamsin Oakes, RN  04/02/2026 15:40
"""

D4 = """
KAVANAGH PULMONARY - PROGRESS NOTE
Date: 02/26/2026        Saoirse Kavanagh, MD
Patient: Harold E. Montgomery     DOB 03/27/1950     Humana MA

HPI: 75M with AATD, PI*ZZ (dx 2015, AAT 27 mg/dL), emphysema, on home Zemaira since
01/2016. Former smoker, quit 1994 (25 pk-yr). Reports he is "holding steady": still does his
own yard work slowly, no ER visits in 2 years. Exacerbations: none in the past 12 months.
Wife has been doing the pill box; he forgets evening doses of tamsulosin.

Vitals: BP 140/80, HR 70, SpO2 92% RA, Wt 173 lb.
Exam: barrel chest, diminished BS, no wheezing, no edema.
PFT 02/2026: FEV1 1.04 L (35% pred), ratio 0.37; 02/2025 FEV1 1.07 L.

Assessment/Plan:
 1. AATD with panlobular emphysema - stable on augmentation, FEV1 decline ~30 mL/yr,
    no exacerbations this year. Continue Zemaira 60 mg/kg IV weekly via Bluegrass.
 2. Hypoxemia with exertion - ambulatory O2 eval next visit.
 3. Brother's son (PI*MZ) asking about testing - info given.
 F/u 6 months.

S. Kavanagh, MD  e-signed 02/26/2026
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-30", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-31", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-04-02", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-02-26", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "AATD, PI*ZZ (dx 2015"},
    {"kind": "serum_aat", "value": 27, "unit": "mg/dL", "_doc": "d4", "_ev": "AAT 27 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 Panlobular emphysema"},
    {"kind": "weight", "value": 78.0, "unit": "kg", "value_kg": 78.0, "_date": "2026-04-02", "_doc": "d3", "_ev": "0927 wt 78.0 kg on agency scale"},
    {"kind": "weight", "value": 78.6, "unit": "kg", "value_kg": 78.6, "_date": "2026-03-19", "_doc": "d1", "_ev": "78.6 kg (RN 03/19/26)"},
    {"kind": "weight", "value": 173, "unit": "lb", "value_kg": 78.5, "_date": "2026-02-26", "_doc": "d4", "_ev": "Wt 173 lb"},
    {"kind": "dose", "value": 4700, "_doc": "d3", "_ev": "Dose: 4,700 mg / 94 mL"},
    {"kind": "wastage", "value": 290, "_doc": "d3", "_ev": "0958 remaining 290 mg (5.8 mL) wasted into sharps container"},
    {"kind": "lot_number", "value": "P100671204", "_doc": "d3", "_ev": "Lots: P100671204 (kit)"},
    {"kind": "lot_number", "value": "P100668850", "_doc": "d3", "_ev": "P100668850 (vial)"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d3", "_ev": "Exp: 11/30/2027"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d3", "_ev": "Exp: 11/30/2027, 09/30/2027"},
    {"kind": "infusion_start", "value": "10:02", "_doc": "d3", "_ev": "Infusion start: 10:02"},
    {"kind": "fev1", "value": 35, "_doc": "d4", "_ev": "FEV1 1.04 L (35% pred)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "stable on augmentation, FEV1 decline ~30 mL/yr,\n    no exacerbations this year"},
    {"kind": "prior_authorization", "value": "219904417", "_doc": "d1", "_ev": "auth # 219904417"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "Former smoker, quit 1994"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d3", "_ev": "Drug: Zemaira (alpha1-PI)"},
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
    "wastage_documented": "conflict",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-04-02",
    "weight": {"value": 78.0, "unit": "kg", "kg": 78.0, "date": "2026-04-02"},
    "dose_mg": 4700,
    "target_mg": 4680.0,
    "tolerance_mg": 468.0,
    "deviation_pct": 0.43,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 470,
    "units_billed": 470,
    "waste_mg": 290,
    "jw_units_expected": 29,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-11-30", "2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Gaps: infusion_times missing (start 10:02 documented; "Infusion stop: ____" is an empty field,
"Duration: approx 16 min" is a duration, and the one-liners have no completion entry: 1012/1030
are vitals, 1050 PIV removal, 1105 Time Out); wastage_documented conflict (290 mg discarded and
witnessed, but the claim carries JZ and no JW line; expected JW 29). Traps: Time In 09:20 /
Time Out 11:05; reconstitution 0938, PIV 0946 (first attempt infiltrated, no drug given), draw
0955; label mg 3,986 + 1,004 = 4,990 mg; 60 mg/kg -> 4,716 mg calc; "~290 mg each week" expected
waste in the pharmacist note (a forecast; the DOS waste is the RN's 0958 entry); delivery-ticket
items' lots/exps (Mix2Vial, flushes, pump set, epinephrine); MA auth # listed, requirement n/a on
the medicare profile; IgA 176 mg/dL; nephew PI*MZ; tamsulosin. Weights 78.6 (03/19) and 173 lb
(02/26) listed; DOS 78.0 kg governs.
"""
