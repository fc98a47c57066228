CHART = {
    "chart_id": "b6-004",
    "date_of_service": "2026-11-30",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 420, "modifiers": []},
        {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-11-30", "text": """
LAKESHORE AMBULATORY INFUSION CENTER - NURSING PROGRESS NOTE (SOAP)
Pt: KOWALCZYK, Irene M   DOB 02/14/1954   MRN 3308812   DOS 11/30/2026
Ordering MD: H. Nakamura, MD (Pulm)     RN: D. Ferris, RN, CRNI
Dx: E88.01 AATD; J43.9 emphysema; J44.9 COPD

S: 72 yo F w/ AATD (Pi ZZ) + emphysema/COPD, here for wkly A1PI inf #87.
   Pt reports dec DOE since starting tx - walks 2 blks vs 1 blk pre-tx,
   0 ER visits & 0 abx/steroid courses since 03/2025. Never smoker.
   Denies f/c, N/V, CP, new rash. Last inf 11/23 tol well. Took own AM
   inhalers (Breztri 2 puffs). Mild HA x1 day, 2/10, no meds taken.

O: VS 0938: T 36.4 HR 78 BP 142/84 RR 18 SpO2 93% RA.
   Wt 70.3 kg (155 lb), standing scale.
   Lungs dim bilat bases, no wheeze. No edema.
   PIV #22 L FA placed 1st attempt 0950, +BR, flushes w/o diff.
   Premed: APAP 650mg PO 0955 per standing order.
   A1PI (Prolastin-C Liquid) 4.2gm IVPB via PIV over 30 min, tol well, no rxn.
     - Inf initiated @ 1012, rate 168 mL/hr via pump.
     - Vials: 1g x4 + 0.5g x1 (4.5 g dispensed); 0.3 g (6 mL) of partial
       0.5 g vial wasted, witnessed w/ pharm (J. Kim RPh).
     - Lot/Exp: per pharmacy label (not transcribed).
   VS q15min during inf WNL (see flowsheet). No urticaria, no wheeze, no
   hypotension.
   PIV d/c'd 1058, cath intact, site CDI, 2x2 + tape.

A: Tol A1PI w/o complication. Resp status stable/baseline. Pt/dtr verbalize
   understanding of s/s delayed rxn.

P: D/C home ambulatory w/ dtr @ 1105. AVS reviewed & given.
   RTC 12/07/26 0930 hrs for inf #88 - next dose per order 4.2 gm.
   Pulm f/u Dr. Nakamura 01/2027 (PFT + AAT trough due).
   Remind pt to bring updated med list.

D. Ferris, RN, CRNI   11/30/2026 11:14
"""},
        {"id": "d2", "type": "other", "date": "2026-11-30", "text": """
LAKESHORE AMBULATORY INFUSION CENTER
DISCHARGE INSTRUCTIONS / AFTER VISIT SUMMARY

Patient: Irene M. Kowalczyk          Date: 11/30/2026
Discharged: 1105 hrs                  Nurse: D. Ferris, RN

TODAY YOU RECEIVED
 - Prolastin-C Liquid (alpha-1 proteinase inhibitor) 4.2 grams by IV
 - Acetaminophen (Tylenol) 650 mg by mouth

ABOUT YOUR MEDICINE
Alpha-1 antitrypsin deficiency (AATD) is an inherited condition. People
with low alpha-1 levels can develop emphysema and sometimes liver disease.
Weekly augmentation raises the alpha-1 level in your blood and lungs.
It does not cure AATD, and it is important not to smoke.

WHAT TO EXPECT
 - Mild headache, tiredness or dizziness for a day is common.
 - You may take acetaminophen 650 mg every 6 hours as needed
   (no more than 3,000 mg in 24 hours).

CALL US AT (414) 555-0190 IF YOU HAVE
 - Fever over 100.4 F, chills
 - Hives, itching, swelling of face or lips, chest tightness
 - Redness, pain or swelling where the IV was
Call 911 for trouble breathing or swallowing.

YOUR NEXT APPOINTMENTS
 - Infusion: Monday 12/07/26 at 0930 hrs, Chair 6
 - Dr. Nakamura (Pulmonary): 01/12/27 at 1340 hrs - PFT first at 1240 hrs

Patient/caregiver signature on file.  Copy given to patient.
"""},
        {"id": "d3", "type": "infusion_record", "date": "2026-11-30", "text": """
INFUSION FLOWSHEET - LAKESHORE AIC                        DOS: 11/30/2026
Patient: KOWALCZYK, IRENE M   MRN 3308812   Allergies: sulfa (rash)

Time | Temp | HR | BP     | RR | SpO2 | Rate       | Comment
0938 | 36.4 | 78 | 142/84 | 18 | 93   | --         | baseline, pre
1012 | --   | 80 | 138/82 | 18 | 93   | 168 mL/hr  | A1PI started
1027 | --   | 76 | 136/80 | 18 | 94   | 168 mL/hr  | no s/s rxn
1042 | --   | 74 | 134/80 | 16 | 94   | 168 mL/hr  | no s/s rxn
1057 | 36.5 | 74 | 132/78 | 16 | 94   | --         | post

MEDICATION ADMINISTRATION
Drug: Alpha-1 Proteinase Inhibitor (Human) - Prolastin-C Liquid 50 mg/mL
Order: 60 mg/kg x 70.3 kg = 4218 mg -> 4.2 g (rounded per protocol)
Dose administered: 4200 mg (84 mL)
Vials dispensed: 1000 mg x 4, 500 mg x 1
Waste: 300 mg (6 mL) - single-dose vial remainder
Lot #: ***
Exp: ***
Start time: 1012
Stop time:
Route/Site: IV / L forearm PIV
Administered by: DF    Witness (waste): JK RPh

Other meds:
0955 Acetaminophen 650 mg PO - DF
0950 NS 0.9% 10 mL flush - DF
"""},
        {"id": "d4", "type": "lab_report", "date": "2021-06-08", "text": """
Quest Diagnostics - Wood Dale, IL                 Final Report
Patient: KOWALCZYK, IRENE M    DOB: 02/14/1954    Sex: F
Collected: 06/02/2021 09:41    Reported: 06/08/2021
Ordering: NAKAMURA, HIRO MD

Test Name                        Result       Flag   Reference Range
ALPHA-1-ANTITRYPSIN              41           L      83-199 mg/dL
ALPHA-1-ANTITRYPSIN PHENOTYPE    ZZ           A      MM
  Comment: Pi ZZ phenotype. Consistent with severe deficiency.
IMMUNOGLOBULIN A                 188                 70-400 mg/dL
HEPATIC FUNCTION PANEL
  AST                            24                  10-35 U/L
  ALT                            19                  6-29 U/L
  ALK PHOS                       88                  37-153 U/L

Performing site: Quest Diagnostics Nichols Institute
"""},
    ],
}

GOLD = {
    "chart_id": "b6-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 41, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 4200},
        {"kind": "wastage", "value": 300},
        {"kind": "infusion_start", "value": "10:12"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Ambulatory infusion center: RN SOAP narrative (heavy abbreviations), AVS discharge instructions, flowsheet, "
        "old Quest report. Gaps: lot and expiration never documented ('per pharmacy label (not transcribed)', 'Lot #: ***', "
        "'Exp: ***' are placeholders) -> lot_number missing, expiration_date missing; infusion stop never documented "
        "('over 30 min' is a duration, 'Stop time:' empty, PIV d/c 1058 and discharge 1105 are not the stop) -> "
        "infusion_times missing (start 1012 only). Dose 4.2 gm = 4200 mg; 60 x 70.3 = 4218 -> 0.4% -> met. "
        "J0256 administered 420 = ceil(4200/10); waste 300 mg -> JW floor(300/10)=30 = billed 30 -> met (medicare). "
        "Weight '70.3 kg (155 lb)' is one weight. Traps: order calc 4218 mg, 4.5 g dispensed, vial sizes 1g/0.5g, "
        "acetaminophen 650 mg and 3,000 mg max, next dose 4.2 gm 12/07/26 0930 hrs (planned), PFT 1240 hrs, vitals "
        "0938/1057, PIV 0950, patient-education AATD text (general statement, not a finding), reference range 83-199, "
        "reference phenotype MM. [calc] dos_weight_kg=70.3"
    ),
}
