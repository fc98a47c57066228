# b18-005: medicare. Styles (2) CSV export of the hospital infusion-center log (3 Glassia visits of this
# patient plus an NS KVO row) + (6) telephone encounter and patient-portal message thread.
# Glassia 4 x 1 g vials = 4,000 mg at 66.0 kg (target 3,960 mg, +1.0 %), no waste, J0257 x 400 JZ. Complete.

D1 = """"Appt DateTime","MRN","Patient","Order #","Drug","Dose (mg)","Volume (mL)","Lot #","Expiration","Weight (kg)","Infusion Start","Infusion End","Waste (mg)","Modifier","Nurse","Notes"
"01/13/2026 09:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","GLASSIA (alpha1-PI) 1 g/50 mL","4000","200","GLB25H078","09/30/2026","66.4","09:52","10:40","0","JZ","S. Adeyemi RN","tolerated; VSS"
"01/20/2026 09:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","GLASSIA (alpha1-PI) 1 g/50 mL","4000","200","GLB25H078","09/30/2026","66.2","10:05","10:51","0","JZ","S. Adeyemi RN","pt arrived late (traffic)"
"01/27/2026 13:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","SODIUM CHLORIDE 0.9% 250 mL KVO","","250","J5K0441","","","13:38","14:35","","","M. Ferreira RN","KVO line for Glassia; 5 micron filter on secondary"
"01/27/2026 13:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","GLASSIA (alpha1-PI) 1 g/50 mL","4000","200","GLB25K113 (x3), GLB25H078 (x1)","12/31/2026, 09/30/2026","66.0","13:42","14:31","0","JZ","M. Ferreira RN","4 vials, all contents infused, no waste; mild HA at d/c, declined APAP"
"02/03/2026 09:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","GLASSIA (alpha1-PI) 1 g/50 mL","","","","","","","","","","","SCHEDULED - not yet given"
"""

D2 = """TELEPHONE ENCOUNTER
Lakeshore Pulmonary & Critical Care | Alpha-1 Program
Date/Time: 01/28/2026 09:20        Call type: Outgoing (return call)
Provider: Priya Venkataraman, ACNP-BC     Supervising: L. Morrow, MD
Patient: NAKAMURA-BELL, JUDITH K   DOB 09/04/1951   MRN 7719045
Reason: headache after infusion 01/27 (portal message 01/27 21:14)

S: Spoke with patient (2 identifiers). Dull frontal headache began ~2 h after
yesterday's Glassia infusion, 4/10, gone this morning after sleep. No fever,
stiff neck, rash, SOB or chest tightness. Similar HA once in 2024. Took no
meds. Drank less than usual yesterday.

Background: 74 y/o former smoker (quit 1998) with alpha-1 antitrypsin
deficiency, PI*SZ phenotype (confirmed by genotyping 2018, S and Z alleles
detected), serum AAT 49 mg/dL (nephelometry, 2018), and COPD with emphysema
(FEV1 52% predicted 10/2025), on weekly Glassia since 2021.

Response to therapy: she reports her breathing has been stable on Glassia,
no exacerbations or ED visits in the last 12 months (3 in 2020 before
augmentation), and she continues maintenance pulmonary rehab 2x/week.

A/P:
 1. Post-infusion headache, mild, self-limited - likely related to infusion
    / low fluid intake. Push oral fluids the day of infusion; may take
    acetaminophen 500-1,000 mg PRN. No change in Glassia dose or rate.
 2. Alpha-1 antitrypsin deficiency on augmentation - continue weekly;
    next 02/03/2026 09:30.
 3. Sister's result (MZ, 88 mg/dL) - not a candidate for augmentation; she
    should follow with her own PCP.
Patient verbalized understanding. Time: 9 minutes.

Electronically signed: Priya Venkataraman, ACNP-BC 01/28/2026 09:41
"""

D3 = """PATIENT PORTAL - MESSAGE THREAD   Subject: Tuesday infusion time
Patient: NAKAMURA-BELL, JUDITH K   MRN 7719045   Recipients: ALPHA-1 PROGRAM POOL

[01/23/2026 07:58] Judith Nakamura-Bell:
  Can I move Tuesday's infusion to the afternoon? My daughter can only drive
  me after lunch. Also I weighed myself this morning, 147 lb, in case you need it.

[01/23/2026 11:36] Sandra Adeyemi, RN (Infusion Center):
  Hi Judith - moved you to Tuesday 01/27 at 1:30 PM. We will give your usual
  4,000 mg (4 bottles) and weigh you when you arrive. Please eat lunch first.

[01/26/2026 16:00] Automated reminder:
  Appointment: 01/27/2026 1:30 PM  GLASSIA INFUSION  Infusion Center, 2nd floor.
  Arrive 15 minutes early. Reply C to confirm.

[01/26/2026 16:22] Judith Nakamura-Bell: C

[01/27/2026 21:14] Judith Nakamura-Bell:
  Home OK. I have a headache tonight, not bad. Is that from the medicine?
  Also my sister got her test back, it says MZ and 88. Does she need the
  infusions too?

[01/28/2026 08:05] Sandra Adeyemi, RN (Infusion Center):
  Sorry to hear that. I'm sending this to Priya (NP), she will call you this
  morning. If the headache is severe or you have a fever call 911.

[01/28/2026 09:43] Priya Venkataraman, ACNP-BC:
  Spoke with you by phone - see telephone note. Fluids on infusion days.
  See you 02/03 at 9:30 AM.
"""

CHART = {
    "chart_id": "b18-005",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicare", "name": "Medicare Part B (hospital outpatient)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J7050", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-27", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-28", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-01-28", "text": D3},
    ],
}
PROFILE = "medicare"

ROW = ('"01/27/2026 13:30","7719045","NAKAMURA-BELL, JUDITH K","ORD-556102","GLASSIA (alpha1-PI) 1 g/50 mL",'
       '"4000","200","GLB25K113 (x3), GLB25H078 (x1)","12/31/2026, 09/30/2026","66.0","13:42","14:31","0","JZ"')

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d2", "alpha-1 antitrypsin\ndeficiency, PI*SZ phenotype"),
    ({"kind": "genotype", "alleles": ["S", "Z"]}, "d2", "PI*SZ phenotype (confirmed by genotyping 2018, S and Z alleles\ndetected)"),
    ({"kind": "serum_aat", "value": 49, "unit": "mg/dL"}, "d2", "serum AAT 49 mg/dL (nephelometry, 2018)"),
    ({"kind": "lung_disease", "value": "copd"}, "d2", "COPD with emphysema"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d2", "COPD with emphysema"),
    ({"kind": "fev1", "value": 52}, "d2", "FEV1 52% predicted 10/2025"),
    ({"kind": "smoking_status", "value": "former"}, "d2", "74 y/o former smoker (quit 1998)"),
    ({"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0}, "d1", ROW),
    ({"kind": "weight", "value": 66.4, "unit": "kg", "value_kg": 66.4}, "d1", '"09/30/2026","66.4","09:52"'),
    ({"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2}, "d1", '"09/30/2026","66.2","10:05"'),
    ({"kind": "weight", "value": 147, "unit": "lb", "value_kg": 66.7}, "d3", "I weighed myself this morning, 147 lb"),
    ({"kind": "drug_product", "value": "Glassia"}, "d1", ROW),
    ({"kind": "dose", "value": 4000}, "d1", ROW),
    ({"kind": "wastage", "value": 0}, "d1", "4 vials, all contents infused, no waste"),
    ({"kind": "lot_number", "value": "GLB25K113"}, "d1", ROW),
    ({"kind": "lot_number", "value": "GLB25H078"}, "d1", ROW),
    ({"kind": "expiration_date", "value": "2026-12-31"}, "d1", ROW),
    ({"kind": "expiration_date", "value": "2026-09-30"}, "d1", ROW),
    ({"kind": "infusion_start", "value": "13:42"}, "d1", ROW),
    ({"kind": "infusion_end", "value": "14:31"}, "d1", ROW),
    ({"kind": "response_to_therapy"}, "d2",
     "she reports her breathing has been stable on Glassia,\nno exacerbations or ED visits in the last 12 months"),
]

DECOYS = [
    ("d1", '"13:38","14:35"'),
    ("d3", "We will give your usual\n  4,000 mg (4 bottles)"),
    ("d3", "it says MZ and 88"),
    ("d2", "acetaminophen 500-1,000 mg PRN"),
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
EXPECT_GAPS = []

NOTES = ("Complete. CSV infusion-center log (every field quoted; one field with two lots and one with two "
         "expirations separated by commas) + telephone encounter (progress note with the response statement) "
         "+ portal thread. Glassia 4,000 mg at 66.0 kg (target 3,960 mg, +1.0 %), J0257 x 400 JZ, 'no waste'. "
         "PI*SZ is deficient for medicare (level 49 mg/dL is below 57 anyway). Traps: 01/13 and 01/20 rows "
         "(lot GLB25H078 only, 66.4/66.2 kg, their own times); NS KVO row 13:38-14:35 with lot J5K0441; "
         "scheduled 02/03 row with empty fields; RN's 'we will give your usual 4,000 mg' (plan); sister MZ 88; "
         "appointment times 13:30/09:30; patient's home weight 147 lb (01/23).")

ARITH = {
    "dos": "2026-01-27",
    "product": "Glassia",
    "weights": [
        {"value_kg": 66.0, "date": "2026-01-27"},
        {"value_kg": 66.4, "date": "2026-01-13"},
        {"value_kg": 66.2, "date": "2026-01-20"},
        {"value_kg": 66.7, "date": "2026-01-23"},
    ],
    "weight_kg": 66.0,
    "dose_mg": 4000,
    "target_mg": 3960.0,
    "pct_diff": 1.0,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0257", "modifiers": ["JZ"], "billed_units": 400, "bu_mg": 10.0, "expected_units": 400},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "GLB25K113", "exp": "2026-12-31", "exp_compare": "2026-12-31", "expired": False},
        {"lot": "GLB25H078", "exp": "2026-09-30", "exp_compare": "2026-09-30", "expired": False},
    ],
}
