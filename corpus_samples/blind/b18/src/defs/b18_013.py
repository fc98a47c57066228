# b18-013: medicare. NEGATIVE CONTROL (not an A1PI infusion, not AATD). Styles (2) CSV export of an
# infusion-center log of IV iron (ferric carboxymaltose) + (6) hematology telephone encounter and portal
# messages. The patient is PI*MS with AAT 88 mg/dL; her brother (PI*ZZ) gets Zemaira.

D1 = """visit_dt,mrn,patient,order_id,medication,dose,dose_unit,route,volume_ml,lot,exp,start,stop,waste,modifier,rn,note
2026-02-05 10:00,HB-558203,"GUTIERREZ-LOWE, ANNETTE",O-88120,ferric carboxymaltose (Injectafer),750,mg,IV,100,FCM4B221,2027-05-31,10:24,10:41,0,JZ,T. Brooks RN,"dose 1 of 2; BP 128/70 pre, 124/72 post; no reaction"
2026-02-05 10:00,HB-558203,"GUTIERREZ-LOWE, ANNETTE",O-88121,sodium chloride 0.9% flush,10,mL,IV,10,,,,,,,T. Brooks RN,pre/post flush
2026-02-12 10:00,HB-558203,"GUTIERREZ-LOWE, ANNETTE",O-88120,ferric carboxymaltose (Injectafer),750,mg,IV,100,FCM4B298,2027-06-30,10:18,10:36,0,JZ,T. Brooks RN,"dose 2 of 2; wt 68.0 kg; phos 3.1 pre; observed 30 min, no reaction"
2026-02-12 10:00,HB-558203,"GUTIERREZ-LOWE, ANNETTE",O-88121,sodium chloride 0.9% flush,10,mL,IV,10,,,,,,,T. Brooks RN,
2026-02-19 10:00,HB-558203,"GUTIERREZ-LOWE, ANNETTE",O-88130,lab draw only (CBC; ferritin; TSAT; phos),,,,,,,,,,,,"scheduled, not yet resulted"
"""

D2 = """TELEPHONE ENCOUNTER - HEMATOLOGY / ONCOLOGY
Westbrook Cancer & Blood Center
Date: 02/16/2026 11:40   Caller: Annette Gutierrez-Lowe (patient)
Staff: Renata Solis, NP (hematology)    Cc: Dr. Whitfield (pulmonary)
Patient DOB 05/19/1955 (70 y)   MRN HB-558203

Reason: follow-up after IV iron; question about alpha-1 test.

Iron deficiency anemia (GI angioectasia, s/p APC 12/2025): received
ferric carboxymaltose 750 mg IV on 02/05 and 02/12 (total 1,500 mg).
Reports more energy, less dyspnea on stairs. Hgb 9.1 (01/28) -> 10.6
(02/12 pre-dose). Phos 3.1 on 02/12. Will recheck CBC/ferritin/TSAT/phos
02/19. If Hgb < 10 or ferritin < 100 at 8 weeks, would consider a third
dose (not planned now).

She asked about the "alpha-1 blood test" Dr. Whitfield ordered for her
COPD (FEV1 62% predicted 2025; former smoker, quit 2001): result on chart
01/2026 - AAT 88 mg/dL (ref 100-190, nephelometry), phenotype PI*MS.
Explained, with Dr. Whitfield's note, that MS is a carrier state: she does
not have alpha-1 antitrypsin deficiency and does not need the weekly
alpha-1 infusions her brother receives (he is PI*ZZ and gets Zemaira).
Her iron infusions are a different treatment. She is reassured.

Current meds: tiotropium 18 mcg daily; albuterol PRN; pantoprazole 40 mg
daily; amlodipine 5 mg daily; levothyroxine 75 mcg daily (separate from
iron/PPI). No oral iron now (GI intolerance, stopped 12/2025).

Weight 68.0 kg (02/12). Plan: labs 02/19; pulmonary (Dr. Whitfield) 03/10;
hematology visit 03/26.

Renata Solis, NP - signed 02/16/2026 12:02
"""

D3 = """PATIENT PORTAL MESSAGES - Westbrook Cancer & Blood Center
Patient: GUTIERREZ-LOWE, ANNETTE (MRN HB-558203)

Thu 01/29/2026 09:10 - Scheduling (Jaylen):
  Your iron infusions are booked Thu 02/05 and Thu 02/12 at 10:00 AM,
  Infusion Bay 4. Each visit about 1 hour (15 min infusion + 30 min watch).

Thu 01/29/2026 14:22 - Annette Gutierrez-Lowe:
  Thank you. Is this the same thing my brother gets every week for his
  alpha-1? He gets the Zemaira, about 5,000 mg.

Fri 01/30/2026 08:51 - Renata Solis, NP:
  No - you are getting iron (Injectafer), 750 mg each time, two doses. Your
  alpha-1 result was reviewed by Dr. Whitfield; more at your visit.

Thu 02/12/2026 15:47 - Annette Gutierrez-Lowe:
  Second one done, no problems. My scale at home says 150 lb, same as theirs.

Fri 02/13/2026 09:03 - Renata Solis, NP:
  Great. I'll call you Monday about the alpha-1 question.

Mon 02/16/2026 12:05 - Renata Solis, NP:
  As discussed on the phone: your alpha-1 result (MS) means you are a
  carrier. You do not need alpha-1 infusions. Labs Thursday 02/19 at 10 AM.

Mon 02/16/2026 12:31 - Annette Gutierrez-Lowe:
  Thank you so much. Should my daughter be tested too?

Mon 02/16/2026 13:10 - Renata Solis, NP:
  She can ask her own doctor; testing is a simple blood test. Dr. Whitfield
  can talk with you about it on 03/10.
"""

CHART = {
    "chart_id": "b18-013",
    "date_of_service": "2026-02-12",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J1439", "units": 750, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-12", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-16", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-02-13", "text": D3},
    ],
}
PROFILE = "medicare"

FINDINGS = [
    ({"kind": "genotype", "alleles": ["M", "S"]}, "d2", "phenotype PI*MS"),
    ({"kind": "serum_aat", "value": 88, "unit": "mg/dL"}, "d2", "AAT 88 mg/dL (ref 100-190, nephelometry)"),
    ({"kind": "lung_disease", "value": "copd"}, "d2", "for her\nCOPD"),
    ({"kind": "fev1", "value": 62}, "d2", "FEV1 62% predicted 2025"),
    ({"kind": "smoking_status", "value": "former"}, "d2", "former smoker, quit 2001"),
    ({"kind": "weight", "value": 68.0, "unit": "kg", "value_kg": 68.0}, "d2", "Weight 68.0 kg (02/12)"),
]

DECOYS = [
    ("d1", "ferric carboxymaltose (Injectafer),750,mg,IV,100,FCM4B298,2027-06-30,10:18,10:36,0,JZ"),
    ("d2", "she does\nnot have alpha-1 antitrypsin deficiency"),
    ("d2", "he is PI*ZZ and gets Zemaira"),
    ("d3", "He gets the Zemaira, about 5,000 mg."),
    ("d2", "Reports more energy, less dyspnea on stairs."),
    ("d3", "My scale at home says 150 lb, same as theirs."),
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "not_applicable",
}
EXPECT_GAPS = ["aatd_diagnosis", "genotype", "serum_aat_level", "dose_administered", "dose_matches_weight",
               "wastage_documented", "lot_number", "expiration_date", "infusion_times", "response_to_therapy"]

NOTES = ("NEGATIVE CONTROL (IV iron, not A1PI; PI*MS carrier with AAT 88 mg/dL). CSV log of Injectafer 750 mg "
         "with its own lots, expirations, start/stop, 'waste 0' and JZ; claim J1439 x 750 JZ only, so units and "
         "code selection are not_applicable and wastage is missing (the iron's 'waste 0' is not an A1PI "
         "statement). 'does not have alpha-1 antitrypsin deficiency' is negated; brother PI*ZZ on Zemaira "
         "'about 5,000 mg' is family (no product finding); 'more energy' is a response to iron. The patient's "
         "'150 lb, same as theirs' restates the 68.0 kg clinic weight (150 lb = 68.0 kg): one weight finding.")

ARITH = {
    "dos": "2026-02-12",
    "product": None,
    "weights": [
        {"value_kg": 68.0, "date": "2026-02-12"},
    ],
    "weight_kg": 68.0,
    "dose_mg": None,
    "target_mg": None,
    "pct_diff": None,
    "within_10pct": None,
    "lines": [],
    "waste_mg": None,
    "jw_units_expected": None,
    "lots": [],
}
